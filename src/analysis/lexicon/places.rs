//! Places that stand for a country.

/// Capitals whose name news uses for their country's government (`Beijing has responded`),
/// sorted by capital, in lower case.
pub(in crate::analysis) const CAPITALS: &[(&str, &str)] = &[
    ("ankara", "Turkey"),
    ("athens", "Greece"),
    ("baghdad", "Iraq"),
    ("baku", "Azerbaijan"),
    ("bangkok", "Thailand"),
    ("beijing", "China"),
    ("beirut", "Lebanon"),
    ("belgrade", "Serbia"),
    ("berlin", "Germany"),
    ("bogota", "Colombia"),
    ("brasilia", "Brazil"),
    ("budapest", "Hungary"),
    ("cairo", "Egypt"),
    ("canberra", "Australia"),
    ("caracas", "Venezuela"),
    ("damascus", "Syria"),
    ("dhaka", "Bangladesh"),
    ("doha", "Qatar"),
    ("hanoi", "Vietnam"),
    ("havana", "Cuba"),
    ("islamabad", "Pakistan"),
    ("jakarta", "Indonesia"),
    ("kabul", "Afghanistan"),
    ("kathmandu", "Nepal"),
    ("khartoum", "Sudan"),
    ("kiev", "Ukraine"),
    ("kuala lumpur", "Malaysia"),
    ("kyiv", "Ukraine"),
    ("madrid", "Spain"),
    ("manila", "Philippines"),
    ("minsk", "Belarus"),
    ("moscow", "Russia"),
    ("nairobi", "Kenya"),
    ("new delhi", "India"),
    ("ottawa", "Canada"),
    ("paris", "France"),
    ("pretoria", "South Africa"),
    ("pyongyang", "North Korea"),
    ("riyadh", "Saudi Arabia"),
    ("rome", "Italy"),
    ("seoul", "South Korea"),
    ("taipei", "Taiwan"),
    ("tehran", "Iran"),
    ("tokyo", "Japan"),
    ("tripoli", "Libya"),
    ("warsaw", "Poland"),
    ("yerevan", "Armenia"),
];

/// The country whose capital is `name` ([`CAPITALS`]), ignoring case.
pub(in crate::analysis) fn country_of_capital(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    CAPITALS
        .binary_search_by(|(capital, _)| (*capital).cmp(lower.as_str()))
        .ok()
        .map(|found| CAPITALS[found].1)
}
