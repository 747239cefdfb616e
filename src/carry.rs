//! The payload of a link that carries its article (link contract version 2, `doc=`): the
//! article's UTF-8 text compressed with raw DEFLATE, base64url-encoded (RFC 4648 §5, no padding),
//! then `.` and the CRC-32 (ISO-HDLC, as in gzip and PNG) of the compressed bytes in eight
//! lower-case hex digits. The checksum catches a link that a chat app or mail client cut short
//! or changed, before anything is decompressed.
//!
//! Compression itself is the browser's (`CompressionStream("deflate-raw")`, in the analysis
//! worker): no compressor ships in our wasm. Everything here is pure and total.

use std::fmt;

/// Why a payload was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarryError {
    /// Not `<base64url>.<8 hex>`, or the base64 is malformed.
    Malformed,
    /// The checksum does not match: the link was cut short or changed.
    Checksum,
}

impl fmt::Display for CarryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CarryError::Malformed => "the article in this link is damaged",
            CarryError::Checksum => {
                "the article in this link is incomplete or changed (it may have been cut short when it was shared)"
            }
        })
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes compressed bytes as a payload.
///
/// # Examples
/// ```
/// use article_explorer::carry::{decode, encode};
/// let payload = encode(b"any bytes");
/// assert_eq!(decode(&payload), Ok(b"any bytes".to_vec()));
/// ```
pub fn encode(compressed: &[u8]) -> String {
    let mut out = String::with_capacity(compressed.len() * 4 / 3 + 12);
    for chunk in compressed.chunks(3) {
        let bits = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(bits >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out.push('.');
    for shift in (0..8).rev() {
        let digit = (crc32(compressed) >> (shift * 4)) & 15;
        out.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
    out
}

/// Decodes a payload into the compressed bytes, checking the checksum.
pub fn decode(payload: &str) -> Result<Vec<u8>, CarryError> {
    let (body, sum) = payload.rsplit_once('.').ok_or(CarryError::Malformed)?;
    if sum.len() != 8 {
        return Err(CarryError::Malformed);
    }
    let want = u32::from_str_radix(sum, 16).map_err(|_| CarryError::Malformed)?;
    let bytes = decode_base64url(body).ok_or(CarryError::Malformed)?;
    if crc32(&bytes) != want {
        return Err(CarryError::Checksum);
    }
    Ok(bytes)
}

fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |b: u8| ALPHABET.iter().position(|&a| a == b).map(|v| v as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut bits = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            bits |= value(b)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((bits >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), bit by bit: no table in the wasm, and a
/// link's payload is at most a few megabytes.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// A short, stable id for an article text (FNV-1a, 64 bits, as 16 hex digits): the key of the
/// library entry, so that opening the same text again updates its entry instead of adding one.
pub fn text_id(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut out = String::with_capacity(16);
    for shift in (0..16).rev() {
        out.push(char::from_digit(((hash >> (shift * 4)) & 15) as u32, 16).unwrap_or('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for len in 0..40 {
            let payload = encode(&bytes[..len]);
            assert!(payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')));
            assert_eq!(decode(&payload), Ok(bytes[..len].to_vec()), "{len}");
        }
        assert_eq!(
            encode(&[0xfb, 0xff]),
            format!("-_8.{:08x}", crc32(&[0xfb, 0xff]))
        );
    }

    #[test]
    fn damaged_payloads_are_refused() {
        let payload = encode(b"The Mission said it will follow up.");
        let cut = &payload[..payload.len() - 20];
        assert!(decode(cut).is_err());
        let mut changed = payload.clone().into_bytes();
        changed[0] = if changed[0] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap_or_default();
        assert_eq!(decode(&changed), Err(CarryError::Checksum));
        for bad in [
            "",
            ".",
            "abc",
            "a.0000000",
            "a!b.00000000",
            "abcde.00000000",
        ] {
            assert_eq!(decode(bad), Err(CarryError::Malformed), "{bad:?}");
        }
    }

    #[test]
    fn text_ids_are_stable_slugs() {
        assert_eq!(text_id(""), "cbf29ce484222325");
        assert_eq!(text_id("a"), text_id("a"));
        assert_ne!(text_id("a"), text_id("b"));
        assert!(crate::ui::link::is_slug(&text_id("any text")));
    }
}
