//! Any sequence of keys, clicks and resizes, at any terminal size, leaves a
//! consistent state and draws without panicking.

mod tui_fixture;

use onrecord::tui::{
    action::{Action, from_key},
    app::Event,
};
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_fixture::{app, run, screen};

fn key() -> impl Strategy<Value = KeyEvent> {
    let codes = prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'n', 'N', 'c', 'd', 'p', 't', 's', 'D', 'K', 'x', 'P', '?', '/',
            ' ', 'h', 'l', 'T', '@', '#', 'é', '語',
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Esc,
            KeyCode::Enter,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
            KeyCode::Delete,
        ]),
    ];
    let mods = prop::sample::select(vec![KeyModifiers::NONE, KeyModifiers::CONTROL]);
    (codes, mods).prop_map(|(c, m)| KeyEvent::new(c, m))
}

fn input() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => any::<char>().prop_map(Action::Type),
        4 => (-3isize..3).prop_map(Action::Move),
        1 => (0u16..130, 0u16..45).prop_map(|(x, y)| Action::Click { x, y }),
        1 => (0u16..130, 0u16..45, -5isize..5).prop_map(|(x, y, delta)| Action::Scroll { x, y, delta }),
        1 => (1u16..130, 1u16..45).prop_map(|(w, h)| Action::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_keys_keep_state_consistent(keys in prop::collection::vec(key(), 0..40), w in 20u16..130, h in 5u16..45) {
        let mut app = app(w, h);
        for k in keys {
            if let Some(action) = from_key(k, app.mode()) {
                if action == Action::Quit {
                    continue;
                }
                let command = app.update(Event::Action(action));
                run(&mut app, command);
            }
            let n = app.results.hits.len();
            prop_assert!(app.selected < n.max(1));
            prop_assert!(app.list_offset <= app.selected || n == 0);
            prop_assert!(app.search.text.is_char_boundary(app.search.cursor));
            prop_assert!(app.search.cursor <= app.search.text.len());
        }
        let _ = screen(&app);
    }

    #[test]
    fn any_mouse_and_resize_draws(actions in prop::collection::vec(input(), 0..30)) {
        let mut app = app(120, 40);
        for a in actions {
            let command = app.update(Event::Action(a));
            run(&mut app, command);
        }
        let _ = screen(&app);
    }
}
