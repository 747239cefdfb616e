//! The statements view as HTML: a table for wide screens, a list for narrow ones.

use super::grid::{Cell, Grid};
use crate::analysis::Stance;

/// Escapes text for an HTML text node or a double-quoted attribute value. Tabs and line breaks
/// become spaces, so that a rendered fragment is always one line of the worker's line formats.
pub fn escape(text: &str) -> String {
    escape_with(text, true)
}

/// [`escape`], keeping control characters (line breaks) unless `one_line`.
pub fn escape_with(text: &str, one_line: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if one_line && c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text on one line: tabs, line breaks and other control characters become spaces.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The verb a reader sees for a stance, third person.
pub fn verb(stance: Stance) -> &'static str {
    match stance {
        Stance::Accuse => "accuses",
        Stance::Deny => "denies",
        Stance::Claim => "says",
        Stance::Urge => "urges",
        Stance::Warn => "warns",
        Stance::Support => "supports",
        Stance::Announce => "announces",
    }
}

/// The most target columns the table shows; the list below it has every cell.
const MAX_COLUMNS: usize = 12;

/// The whole view.
pub fn view(grid: &Grid) -> String {
    let mut out = String::from(
        "<h2 id=\"statements-title\">Who says what about whom</h2>\
         <p class=\"statements-help\">Rows are speakers, columns whom their statements are about \
         (accused, denied, urged, named). Choose a count to show those statements in the article.</p>",
    );
    if grid.cells.is_empty() {
        out.push_str("<p class=\"statements-empty\">No statement in this article names whom it is about.</p>");
        return out;
    }
    table(grid, &mut out);
    list(grid, &mut out);
    out
}

/// Columns by statement count (most first), at most [`MAX_COLUMNS`].
fn shown_columns(grid: &Grid) -> Vec<usize> {
    let mut totals = vec![0u32; grid.columns.len()];
    for cell in &grid.cells {
        totals[cell.column] += cell.total();
    }
    let mut columns: Vec<usize> = (0..grid.columns.len()).collect();
    columns.sort_by_key(|&c| (std::cmp::Reverse(totals[c]), c));
    columns.truncate(MAX_COLUMNS);
    columns.sort_unstable();
    columns
}

fn table(grid: &Grid, out: &mut String) {
    let columns = shown_columns(grid);
    out.push_str(
        "<div class=\"statements-scroll\"><table class=\"statements-table\">\
         <caption>Who says what about whom: statements by speaker and target</caption>\
         <thead><tr><td></td>",
    );
    for &c in &columns {
        out.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape(&grid.columns[c].1)
        ));
    }
    out.push_str("</tr></thead><tbody>");
    for (r, (_, name)) in grid.rows.iter().enumerate() {
        let cells: Vec<Option<&Cell>> = columns
            .iter()
            .map(|&c| {
                grid.cells
                    .iter()
                    .find(|cell| cell.row == r && cell.column == c)
            })
            .collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        out.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape(name)));
        for cell in cells {
            match cell {
                Some(cell) => {
                    out.push_str("<td>");
                    button(grid, cell, out);
                    out.push_str("</td>");
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    let hidden = grid.columns.len() - columns.len();
    if hidden > 0 {
        out.push_str(&format!(
            "<p class=\"statements-more\">{hidden} more targets are in the list below.</p>"
        ));
    }
}

fn list(grid: &Grid, out: &mut String) {
    out.push_str(
        "<ul class=\"statements-list\" aria-label=\"Who says what about whom, as a list\">",
    );
    for cell in &grid.cells {
        out.push_str("<li>");
        button(grid, cell, out);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// A cell's button: in the table its stances and counts, which the row and column headers
/// name; its accessible name (and, in the list, its text) names speaker and target too.
fn button(grid: &Grid, cell: &Cell, out: &mut String) {
    let (from, from_name) = &grid.rows[cell.row];
    let (to, to_name) = &grid.columns[cell.column];
    let counts: Vec<String> = cell
        .stances()
        .map(|(stance, n)| {
            format!(
                "<span class=\"stance st-{}\">{} ({n})</span>",
                stance.as_str(),
                verb(stance)
            )
        })
        .collect();
    out.push_str(&format!(
        "<button type=\"button\" class=\"cell\" data-from=\"{}\" data-to=\"{}\">\
         <span class=\"pair\">{} → {}: </span>{}</button>",
        escape(from),
        escape(to),
        escape(from_name),
        escape(to_name),
        counts.join(" ")
    ));
}

/// The page's index of cells: `<from>\t<to>\t<label>\t<passage indices>` per line.
pub fn cell_lines(grid: &Grid) -> String {
    let mut out = String::new();
    for cell in &grid.cells {
        let (from, from_name) = &grid.rows[cell.row];
        let (to, to_name) = &grid.columns[cell.column];
        let stances: Vec<String> = cell
            .stances()
            .map(|(stance, n)| format!("{} ({n})", verb(stance)))
            .collect();
        let label = format!("{from_name} → {to_name}: {}", stances.join(", "));
        let passages: Vec<String> = cell.passages.iter().map(usize::to_string).collect();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            one_line(from),
            one_line(to),
            one_line(&label),
            passages.join(" ")
        ));
    }
    out
}
