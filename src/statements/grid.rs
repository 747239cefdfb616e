//! Statements by speaker and target, and the passages of each statement.

use crate::analysis::{ActorId, Analysis, Span, Stance, Stances, Target, ALL_STANCES};
use crate::ui::model::display_name;

/// The table: rows are speakers, columns targets, both in order of first statement.
pub struct Grid {
    /// Row speakers: (slug, name).
    pub rows: Vec<(String, String)>,
    /// Column targets: (slug, name).
    pub columns: Vec<(String, String)>,
    /// The non-empty cells, row by row, then column by column.
    pub cells: Vec<Cell>,
    /// For each attribution, the passages (indices) it covers, in order.
    pub passages_of: Vec<Vec<usize>>,
    /// For each passage, the first attribution that covers it.
    pub owner: Vec<Option<usize>>,
}

/// One speaker's statements about one target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub row: usize,
    pub column: usize,
    /// Statements by stance, in the order of [`ALL_STANCES`].
    pub counts: [u32; ALL_STANCES.len()],
    /// The statements' passages, in text order, without repeats.
    pub passages: Vec<usize>,
}

impl Cell {
    /// The stances present, with their counts.
    pub fn stances(&self) -> impl Iterator<Item = (Stance, u32)> + '_ {
        ALL_STANCES
            .iter()
            .zip(self.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(&s, n)| (s, n))
    }

    /// How many statements the cell counts.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

impl Grid {
    pub fn new(analysis: &Analysis, stances: &Stances) -> Grid {
        let passages_of = passages_of_attributions(analysis);
        let mut owner = vec![None; analysis.passages.len()];
        for (idx, passages) in passages_of.iter().enumerate() {
            for &p in passages {
                owner[p].get_or_insert(idx);
            }
        }
        let mut grid = Grid {
            rows: Vec::new(),
            columns: Vec::new(),
            cells: Vec::new(),
            passages_of,
            owner,
        };
        let mut row_of: Vec<Option<usize>> = vec![None; analysis.actors.len()];
        let mut column_of = std::collections::HashMap::<Target, usize>::new();
        let mut cell_of = std::collections::HashMap::<(usize, usize), usize>::new();
        for (idx, (attribution, statement)) in analysis
            .attributions
            .iter()
            .zip(&stances.statements)
            .enumerate()
        {
            if statement.targets.is_empty() {
                continue;
            }
            let row = grid.row(analysis, &mut row_of, attribution.actor);
            for &target in &statement.targets {
                let column = *column_of.entry(target).or_insert_with(|| {
                    grid.columns.push((
                        stances.target_slug(analysis, target).to_string(),
                        display_name(stances.target_name(analysis, target)),
                    ));
                    grid.columns.len() - 1
                });
                let cell = *cell_of.entry((row, column)).or_insert_with(|| {
                    grid.cells.push(Cell {
                        row,
                        column,
                        counts: [0; ALL_STANCES.len()],
                        passages: Vec::new(),
                    });
                    grid.cells.len() - 1
                });
                let stance = ALL_STANCES.iter().position(|&s| s == statement.stance);
                let cell = &mut grid.cells[cell];
                cell.counts[stance.unwrap_or(0)] += 1;
                cell.passages.extend(&grid.passages_of[idx]);
            }
        }
        for cell in &mut grid.cells {
            cell.passages.sort_unstable();
            cell.passages.dedup();
        }
        grid.cells.sort_by_key(|cell| (cell.row, cell.column));
        grid
    }

    fn row(&mut self, analysis: &Analysis, row_of: &mut [Option<usize>], actor: ActorId) -> usize {
        let slot = &mut row_of[actor.index()];
        *slot.get_or_insert_with(|| {
            let (slug, name) = analysis
                .actor(actor)
                .map_or((String::new(), String::new()), |a| {
                    (a.slug.clone(), display_name(&a.name))
                });
            self.rows.push((slug, name));
            self.rows.len() - 1
        })
    }
}

/// For each attribution, the passages it covers: its speaker's passages that overlap what is
/// said, or that hold the cue. Linear in passages plus spans (binary search per span).
fn passages_of_attributions(analysis: &Analysis) -> Vec<Vec<usize>> {
    let passages = &analysis.passages;
    let overlapping = |span: Span| {
        let first = passages.partition_point(|p| p.span.end <= span.start);
        passages[first..]
            .iter()
            .take_while(move |p| p.span.start < span.end.max(span.start + 1))
            .enumerate()
            .map(move |(i, _)| first + i)
    };
    analysis
        .attributions
        .iter()
        .map(|attribution| {
            let mut out: Vec<usize> = attribution
                .content
                .iter()
                .chain(&attribution.cue)
                .flat_map(|&span| overlapping(span))
                .filter(|&p| passages[p].speakers.contains(&attribution.actor))
                .collect();
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}
