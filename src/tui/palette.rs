//! Colours and emphasis. The default palette uses only the 16 ANSI colours,
//! always as explicit foreground/background pairs where a background is set,
//! so it reads on dark and light terminals alike. With `NO_COLOR` set, no
//! colour is used at all: emphasis is bold, underline and reverse video.

use ratatui::style::{Color, Modifier, Style};

/// Every style the interface uses, by what it marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Whether colours are allowed (`NO_COLOR` unset).
    pub color: bool,
}

impl Palette {
    /// The palette the environment asks for: no colours when `NO_COLOR` is
    /// set to anything non-empty (<https://no-color.org>).
    pub fn from_env() -> Palette {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Palette { color: !no_color }
    }

    /// The colour palette.
    pub const COLOR: Palette = Palette { color: true };
    /// The palette without colours.
    pub const MONO: Palette = Palette { color: false };

    fn pick(self, color: Style, mono: Style) -> Style {
        if self.color { color } else { mono }
    }

    /// Ordinary text.
    pub fn text(self) -> Style {
        Style::new()
    }

    /// Secondary information: dates, sources, hints.
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Headings and names.
    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected row of a list.
    pub fn selected(self) -> Style {
        self.pick(
            Style::new().fg(Color::White).bg(Color::Blue).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// The selected row of a list in a pane without focus.
    pub fn selected_unfocused(self) -> Style {
        // Grey (ANSI 7), not white: a white bar vanishes on a light terminal.
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Gray),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// Letters that matched the search.
    pub fn matched(self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// The selected statement, highlighted in its article.
    pub fn current_statement(self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Yellow),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// The mention that attributes the selected statement.
    pub fn speaker_mention(self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
    }

    /// The reported clause around the selected partial quotation: what the
    /// speaker said, of which the highlighted words are verbatim.
    pub fn reported_clause(self) -> Style {
        self.pick(Style::new().fg(Color::Yellow), Style::new().add_modifier(Modifier::UNDERLINED))
    }

    /// Other statements of the article shown.
    pub fn other_statement(self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new().add_modifier(Modifier::ITALIC))
    }

    /// Words of a theme.
    pub fn theme_term(self) -> Style {
        self.pick(
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// Theme tags in the list.
    pub fn tag(self) -> Style {
        self.pick(Style::new().fg(Color::Magenta), Style::new().add_modifier(Modifier::ITALIC))
    }

    /// Words that differ between near-identical statements.
    pub fn diff_changed(self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Green),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
        )
    }

    /// The border of the pane with focus.
    pub fn border_focused(self) -> Style {
        self.pick(
            Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// The border of other panes.
    pub fn border(self) -> Style {
        self.dim()
    }

    /// Bars of the trend chart; `i` picks one of a few distinguishable colours.
    pub fn bar(self, i: usize) -> Style {
        const COLORS: [Color; 5] =
            [Color::Blue, Color::Magenta, Color::Green, Color::Red, Color::Cyan];
        self.pick(Style::new().fg(COLORS[i % COLORS.len()]), Style::new())
    }

    /// Warnings: load problems, unknown themes.
    pub fn warning(self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// Keys named in hints.
    pub fn key(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
}
