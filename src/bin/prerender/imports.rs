//! Short import names for the page's wasm, a build step after wasm-bindgen and wasm-opt.
//!
//! wasm-bindgen names every import of the wasm after its Rust binding plus a 16-digit hash
//! (`__wbg_set_innerHTML_a9d3a267967b5117`), all from the module `./article-explorer_bg.js`.
//! About 200 such names are some 2.5 KB of the page's gzipped wasm, mostly the hashes, which do
//! not compress. They are only keys of one object in the generated JavaScript
//! (`__wbg_get_imports`), so both files can use short names instead: `a`, `b`, … from module
//! `a`. The exports that wasm-bindgen names after a closure's whole Rust type
//! (`wasm_bindgen_<hash>___convert__closures_____invoke___…`, up to 300 characters each) are
//! called once each in the glue (`wasm.<name>(`), and become `xa`, `xb`, … likewise. The import section is rewritten and every other byte of the wasm is kept; the
//! JavaScript changes only in those object keys. Anything unexpected leaves both files as they
//! were and is reported, so a wasm-bindgen upgrade that changes the shape fails the build loudly.

/// The short name of import `n`: `a` … `z`, `A` … `Z`, then two letters and so on.
pub fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    String::from_utf8(name).unwrap_or_default()
}

/// Import renames, `(old, new)`, in import order.
pub type Renames = Vec<(String, String)>;

/// A shortened wasm file: its name and its sizes before and after, in bytes.
pub type Shortened = (String, usize, usize);

/// The module name every shortened import gets.
pub const SHORT_MODULE: &str = "a";

/// Exports with names that start so are renamed.
const LONG_EXPORT: &str = "wasm_bindgen_";

/// The short name of renamed export `n`.
fn short_export(n: usize) -> String {
    format!("x{}", short_name(n))
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.pos).ok_or("the wasm ends early")?;
        self.pos += 1;
        Ok(byte)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let byte = self.byte()?;
            if shift > 63 {
                return Err("an over-long LEB128 number".to_string());
            }
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
        }
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len());
        let end = end.ok_or("the wasm ends early")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn name(&mut self) -> Result<String, String> {
        let len = self.leb()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| "a name is not UTF-8".to_string())
    }

    /// Skips an import's description (function, table, memory, global or tag).
    fn skip_description(&mut self) -> Result<(), String> {
        match self.byte()? {
            0x00 => self.leb().map(drop),
            0x01 => {
                self.byte()?;
                self.skip_limits()
            }
            0x02 => self.skip_limits(),
            0x03 => self.take(2).map(drop),
            0x04 => {
                self.byte()?;
                self.leb().map(drop)
            }
            kind => Err(format!("an import of unknown kind {kind}")),
        }
    }

    fn skip_limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// The wasm with every import from `module` renamed to [`SHORT_MODULE`] and a [`short_name`],
/// and every export named `wasm_bindgen_…` to a [`short_export`]; and the renames of imports
/// and of exports, each in section order, `(old, new)`.
pub fn shorten_wasm(wasm: &[u8], module: &str) -> Result<(Vec<u8>, Renames, Renames), String> {
    let mut r = Reader {
        bytes: wasm,
        pos: 0,
    };
    if r.take(8)? != b"\0asm\x01\0\0\0" {
        return Err("not a version-1 wasm module".to_string());
    }
    let mut out = wasm[..8].to_vec();
    let (mut renames, mut exports) = (Vec::new(), Vec::new());
    while r.pos < wasm.len() {
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let payload = r.take(size)?;
        out.push(id);
        let section = match id {
            2 => shorten_section(payload, module, &mut renames)?,
            7 => shorten_exports(payload, &mut exports)?,
            _ => {
                push_leb(&mut out, size as u64);
                out.extend_from_slice(payload);
                continue;
            }
        };
        push_leb(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
    }
    Ok((out, renames, exports))
}

/// The export section with every `wasm_bindgen_…` name shortened.
fn shorten_exports(payload: &[u8], renames: &mut Renames) -> Result<Vec<u8>, String> {
    let mut r = Reader {
        bytes: payload,
        pos: 0,
    };
    let count = r.leb()?;
    let mut out = Vec::new();
    let mut kept = Vec::new();
    push_leb(&mut out, count);
    for _ in 0..count {
        let name = r.name()?;
        let start = r.pos;
        r.byte()?;
        r.leb()?;
        if name.starts_with(LONG_EXPORT) {
            let short = short_export(renames.len());
            push_name(&mut out, &short);
            renames.push((name, short));
        } else {
            push_name(&mut out, &name);
            kept.push(name);
        }
        out.extend_from_slice(&payload[start..r.pos]);
    }
    if r.pos != payload.len() {
        return Err("the export section has trailing bytes".to_string());
    }
    if let Some((_, clash)) = renames.iter().find(|(_, new)| kept.contains(new)) {
        return Err(format!("an export is already named `{clash}`"));
    }
    Ok(out)
}

fn shorten_section(
    payload: &[u8],
    module: &str,
    renames: &mut Vec<(String, String)>,
) -> Result<Vec<u8>, String> {
    let mut r = Reader {
        bytes: payload,
        pos: 0,
    };
    let count = r.leb()?;
    let mut out = Vec::new();
    push_leb(&mut out, count);
    for _ in 0..count {
        let from = r.name()?;
        let field = r.name()?;
        let start = r.pos;
        r.skip_description()?;
        if from == module {
            let short = short_name(renames.len());
            push_name(&mut out, SHORT_MODULE);
            push_name(&mut out, &short);
            renames.push((field, short));
        } else {
            push_name(&mut out, &from);
            push_name(&mut out, &field);
        }
        out.extend_from_slice(&payload[start..r.pos]);
    }
    if r.pos != payload.len() {
        return Err("the import section has trailing bytes".to_string());
    }
    Ok(out)
}

/// The JavaScript glue with the same renames: each import's key in `__wbg_get_imports` and the
/// module's key. Every name must occur exactly once as a key (`name: `), or nothing changes.
/// Each renamed export must be called exactly once (`wasm.name(`).
pub fn shorten_js(
    js: &str,
    module: &str,
    renames: &[(String, String)],
    exports: &[(String, String)],
) -> Result<String, String> {
    let mut out = replace_once(
        js,
        &format!("\"{module}\": "),
        &format!("\"{SHORT_MODULE}\": "),
    )?;
    for (old, new) in renames {
        out = replace_once(&out, &format!(" {old}: "), &format!(" {new}: "))?;
    }
    for (old, new) in exports {
        out = replace_once(&out, &format!("wasm.{old}("), &format!("wasm.{new}("))?;
    }
    Ok(out)
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.match_indices(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "`{}` occurs {n} times in the glue, not once",
            from.trim()
        )),
    }
}

/// Shortens the imports of every `*_bg.wasm` in `dir` and its glue (`<stem>.js`), and updates
/// the `integrity` of any link to a changed file in `html`. Returns the new `html` and, per
/// wasm file, its name and sizes before and after.
pub fn shorten_dir(
    dir: &std::path::Path,
    mut html: String,
) -> Result<(String, Vec<Shortened>), String> {
    let mut report = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with("_bg.wasm"))
        .collect();
    names.sort();
    for wasm_name in names {
        let js_name = format!("{}.js", wasm_name.trim_end_matches("_bg.wasm"));
        let read = |name: &str| {
            std::fs::read(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"))
        };
        let wasm = read(&wasm_name)?;
        let js =
            String::from_utf8(read(&js_name)?).map_err(|_| format!("{js_name} is not UTF-8"))?;
        if js.contains(&format!("\"{SHORT_MODULE}\": import0")) {
            continue; // Shortened already (a second run on the same directory).
        }
        let module = glue_module(&js)
            .ok_or_else(|| format!("{js_name}: no `\"./…_bg.js\": import0` key"))?;
        let (short_wasm, renames, exports) =
            shorten_wasm(&wasm, &module).map_err(|e| format!("{wasm_name}: {e}"))?;
        let short_js =
            shorten_js(&js, &module, &renames, &exports).map_err(|e| format!("{js_name}: {e}"))?;
        for (name, bytes) in [
            (&wasm_name, &short_wasm[..]),
            (&js_name, short_js.as_bytes()),
        ] {
            std::fs::write(dir.join(name), bytes)
                .map_err(|e| format!("cannot write {name}: {e}"))?;
            html = with_integrity(&html, name, bytes);
        }
        report.push((wasm_name, wasm.len(), short_wasm.len()));
    }
    Ok((html, report))
}

/// The glue's module name for its own imports: the quoted key before `: import0`.
fn glue_module(js: &str) -> Option<String> {
    let end = js.find("_bg.js\": import0")? + "_bg.js".len();
    let start = js[..end].rfind('"')? + 1;
    Some(js[start..end].to_string())
}

/// `html` with the `integrity` of the tag whose `href` is `./name` set to the SHA-384 of `bytes`.
fn with_integrity(html: &str, name: &str, bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let Some(at) = html.find(&format!("href=\"./{name}\"")) else {
        return html.to_string();
    };
    let tag_end = html[at..].find('>').map_or(html.len(), |end| at + end);
    let Some(attr) = html[at..tag_end]
        .find("integrity=\"")
        .map(|i| at + i + "integrity=\"".len())
    else {
        return html.to_string();
    };
    let Some(value_end) = html[attr..].find('"').map(|end| attr + end) else {
        return html.to_string();
    };
    let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes));
    format!("{}sha384-{digest}{}", &html[..attr], &html[value_end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from `m`, one from `env`, and a memory from `m`.
    fn module() -> Vec<u8> {
        let mut section = Vec::new();
        push_leb(&mut section, 4);
        for (from, field, description) in [
            ("m", "__wbg_first_0123456789abcdef", &[0x00, 0x00][..]),
            ("env", "keep", &[0x00, 0x01]),
            ("m", "__wbg_second_fedcba9876543210", &[0x00, 0x00]),
            ("m", "memory", &[0x02, 0x01, 0x11, 0x80, 0x01]),
        ] {
            push_name(&mut section, from);
            push_name(&mut section, field);
            section.extend_from_slice(description);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        wasm.push(2);
        push_leb(&mut wasm, section.len() as u64);
        wasm.extend_from_slice(&section);
        let mut exports = Vec::new();
        push_leb(&mut exports, 2);
        push_name(
            &mut exports,
            "wasm_bindgen_0123___convert__closures_____invoke_______true_",
        );
        exports.extend_from_slice(&[0x00, 0x00]);
        push_name(&mut exports, "__wbindgen_keep");
        exports.extend_from_slice(&[0x00, 0x01]);
        wasm.push(7);
        push_leb(&mut wasm, exports.len() as u64);
        wasm.extend_from_slice(&exports);
        wasm.extend_from_slice(&[0, 5, 4, b'n', b'a', b'm', b'e']);
        wasm
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "aa");
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.bytes().all(|b| b.is_ascii_alphabetic())));
    }

    #[test]
    fn only_the_module_imports_are_renamed_and_the_rest_is_kept() {
        let wasm = module();
        let (short, renames, exports) = shorten_wasm(&wasm, "m").unwrap();
        assert_eq!(
            renames,
            [
                ("__wbg_first_0123456789abcdef".to_string(), "a".to_string()),
                ("__wbg_second_fedcba9876543210".to_string(), "b".to_string()),
                ("memory".to_string(), "c".to_string()),
            ]
        );
        assert!(short.len() < wasm.len());
        // The type section before and the custom section after are byte-identical.
        assert_eq!(&short[..14], &wasm[..14]);
        assert_eq!(&short[short.len() - 7..], &wasm[wasm.len() - 7..]);
        assert_eq!(
            exports,
            [(
                "wasm_bindgen_0123___convert__closures_____invoke_______true_".to_string(),
                "xa".to_string()
            )]
        );
        assert!(String::from_utf8_lossy(&short).contains("__wbindgen_keep"));
        // Shortening again with the new module name finds the same imports, renamed alike.
        let (again, renames, exports) = shorten_wasm(&short, SHORT_MODULE).unwrap();
        assert_eq!(again, short);
        assert_eq!(renames.len(), 3);
        assert!(exports.is_empty());
        assert!(String::from_utf8_lossy(&short).contains("keep"));
    }

    #[test]
    fn damaged_modules_are_refused() {
        let wasm = module();
        assert!(shorten_wasm(&wasm[..wasm.len() - 3], "m").is_err());
        assert!(shorten_wasm(b"\0asm\x02\0\0\0", "m").is_err());
        let mut bad_kind = wasm.clone();
        let at = bad_kind.iter().rposition(|&b| b == 0x02).unwrap();
        bad_kind[at] = 0x09;
        assert!(shorten_wasm(&bad_kind, "m").is_err());
    }

    #[test]
    fn integrity_follows_the_new_bytes() {
        let html = r#"<link rel="preload" href="./x_bg.wasm" integrity="sha384-old" as="fetch"><link href="./y.js" integrity="sha384-keep">"#;
        let out = with_integrity(html, "x_bg.wasm", b"abc");
        // SHA-384 of "abc", base64.
        assert!(out.contains(
            "integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\""
        ));
        assert!(out.contains("sha384-keep"));
        assert_eq!(with_integrity(html, "z.js", b"abc"), html);
        assert_eq!(
            glue_module("return { \"./x_bg.js\": import0 };").as_deref(),
            Some("./x_bg.js")
        );
    }

    #[test]
    fn the_glue_keys_follow_and_a_missing_key_is_an_error() {
        let js = "const import0 = {\n    __proto__: null,\n    __wbg_first_0123456789abcdef: function(a) {},\n    memory: x,\n};\nreturn { \"m\": import0 };";
        let renames = [
            ("__wbg_first_0123456789abcdef".to_string(), "a".to_string()),
            ("memory".to_string(), "b".to_string()),
        ];
        let short = shorten_js(js, "m", &renames, &[]).unwrap();
        assert!(short.contains(" a: function(a)"));
        assert!(short.contains(" b: x"));
        assert!(short.contains("\"a\": import0"));
        assert!(!short.contains("0123456789abcdef"));
        let missing = [("__wbg_gone_1111111111111111".to_string(), "c".to_string())];
        assert!(shorten_js(js, "m", &missing, &[]).is_err());
        let call = "const import0 = { __wbg_first_0123456789abcdef: 1 }; return { \"m\": import0 }; wasm.wasm_bindgen_9___x(a, b);";
        let exports = [("wasm_bindgen_9___x".to_string(), "xa".to_string())];
        let short = shorten_js(call, "m", &renames[..1], &exports).unwrap();
        assert!(short.contains("wasm.xa(a, b)"));
        let twice = format!("{call} wasm.wasm_bindgen_9___x(c);");
        assert!(shorten_js(&twice, "m", &renames[..1], &exports).is_err());
    }
}
