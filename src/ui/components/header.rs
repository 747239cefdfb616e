//! The article header: section, headline, dateline and byline.

use yew::prelude::*;

use crate::ui::model::SharedModel;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `20 July 2021, 13:58`.
fn human_date(date: &crate::analysis::DateTime) -> String {
    let month = MONTHS
        .get(usize::from(date.month).saturating_sub(1))
        .copied()
        .unwrap_or("");
    // Every number as u32: each integer type's `Display` is its own code in the page's wasm.
    let mut out = format!("{} {month} {}", u32::from(date.day), u32::from(date.year));
    if let Some((hour, minute)) = date.time {
        let (hour, minute) = (u32::from(hour), u32::from(minute));
        out.push_str(&format!(", {hour:02}:{minute:02}"));
    }
    out
}

/// The header of `model`'s article, with `headline` (the headline passage or passages) inside
/// the `<h1>`. A plain function, not a component (see `notices`).
pub fn article_header(model: &SharedModel, headline: Html) -> Html {
    html! {
        <header class="article-header">
            if let Some(section) = &model.section {
                <p class="section">{ section.clone() }</p>
            }
            // The label keeps the heading's name when a filter hides the headline passage inside it.
            <h1 id="headline" aria-label={model.headline.clone()}>{ headline }</h1>
            if let Some(date) = &model.published {
                <p class="dateline">
                    { "Published " }
                    <time datetime={date.to_string()}>{ human_date(date) }</time>
                </p>
            } else if let Some(text) = &model.published_text {
                <p class="dateline">{ text.clone() }</p>
            }
            if let Some(byline) = &model.byline {
                <p class="byline">{ byline.clone() }</p>
            }
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::DateTime;

    #[test]
    fn human_dates() {
        let date = DateTime {
            year: 2021,
            month: 7,
            day: 20,
            time: Some((13, 58)),
        };
        assert_eq!(human_date(&date), "20 July 2021, 13:58");
        assert_eq!(human_date(&DateTime { time: None, ..date }), "20 July 2021");
    }
}
