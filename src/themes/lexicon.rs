//! Synonym groups: words that count as one theme ("durable", "enduring",
//! "lasting"). A built-in set covers the vocabulary of public statements; a
//! user's config file adds or overrides groups.

use std::fmt;
use std::path::{Path, PathBuf};

/// Groups of words that count as one theme.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// `(name, members)` pairs. A member is a word ("lasting", matched with
    /// its inflections) or a two-word phrase ("peace talks").
    pub groups: Vec<(String, Vec<String>)>,
}

/// The environment variable that names the config file, overriding the
/// default location.
pub const CONFIG_ENV: &str = "ONRECORD_CONFIG";

/// A config file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "config {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for ConfigError {}

/// Where the config file is: `$ONRECORD_CONFIG` when set, else
/// `onrecord/config.toml` under the platform's config folder
/// (`~/.config` on Linux). `None` when neither is known.
pub fn config_path() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_ENV) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => dirs::config_dir().map(|d| d.join("onrecord").join("config.toml")),
    }
}

impl Lexicon {
    /// The built-in groups for the vocabulary of public statements.
    pub fn builtin() -> Lexicon {
        Lexicon {
            groups: BUILTIN
                .iter()
                .map(|(name, members)| {
                    (name.to_string(), members.iter().map(|m| m.to_string()).collect())
                })
                .collect(),
        }
    }

    /// The built-in groups with the user's config file applied (see
    /// [`config_path`]). A missing file at the default location is no
    /// error; a missing file named by `$ONRECORD_CONFIG`, an unreadable file
    /// or a malformed `[themes]` table is.
    pub fn load_config() -> Result<Lexicon, ConfigError> {
        let explicit = std::env::var_os(CONFIG_ENV).is_some_and(|p| !p.is_empty());
        let Some(path) = config_path() else { return Ok(Lexicon::builtin()) };
        if !explicit && !path.exists() {
            return Ok(Lexicon::builtin());
        }
        Lexicon::load_file(&path)
    }

    /// The built-in groups with the config file at `path` applied.
    pub fn load_file(path: &Path) -> Result<Lexicon, ConfigError> {
        let fail = |reason: String| ConfigError { path: path.to_path_buf(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
        let user = parse_config(&text).map_err(fail)?;
        let mut lexicon = Lexicon::builtin();
        lexicon.merge(user);
        Ok(lexicon)
    }

    /// Adds `other`'s groups. A group of the same name is replaced, and a
    /// word claimed by one of `other`'s groups leaves every other group, so
    /// the user's grouping wins.
    pub fn merge(&mut self, other: Lexicon) {
        for (name, members) in other.groups {
            let lower: Vec<String> = members.iter().map(|m| m.trim().to_lowercase()).collect();
            self.groups.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
            for (_, ms) in &mut self.groups {
                ms.retain(|m| !lower.contains(&m.to_lowercase()));
            }
            self.groups.retain(|(_, ms)| !ms.is_empty());
            self.groups.push((name, lower));
        }
    }
}

/// The `[themes]` table of a config file as groups. Other tables belong to
/// other parts of onrecord and are ignored.
pub fn parse_config(text: &str) -> Result<Lexicon, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        e.to_string().lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join(" ")
    })?;
    let Some(themes) = table.get("themes") else { return Ok(Lexicon::default()) };
    let themes = themes.as_table().ok_or("[themes] must be a table of name = [words]")?;
    let mut groups = Vec::new();
    for (name, value) in themes {
        let words = value
            .as_array()
            .ok_or_else(|| format!("themes.{name} must be a list of words, like [\"a\", \"b\"]"))?;
        let mut members = Vec::new();
        for w in words {
            let w = w
                .as_str()
                .ok_or_else(|| format!("themes.{name}: every entry must be a quoted word"))?;
            let w = w.trim();
            if w.is_empty() || w.split_whitespace().count() > 2 {
                return Err(format!("themes.{name}: {w:?} must be one word or a two-word phrase"));
            }
            members.push(w.to_string());
        }
        if !members.iter().any(|m| m.eq_ignore_ascii_case(name)) {
            members.insert(0, name.clone());
        }
        groups.push((name.clone(), members));
    }
    Ok(Lexicon { groups })
}

/// The built-in groups: the vocabulary politicians, diplomats and officials
/// rephrase from one statement to the next.
const BUILTIN: &[(&str, &[&str])] = &[
    (
        "durable",
        &[
            "durable",
            "enduring",
            "lasting",
            "long-lasting",
            "sustainable",
            "permanent",
            "long-term",
        ],
    ),
    ("united", &["united", "unite", "unity", "unanimous", "unified", "solidarity"]),
    ("talks", &["talks", "negotiations", "negotiate", "dialogue", "diplomacy"]),
    ("peace", &["peace", "peaceful"]),
    ("ceasefire", &["ceasefire", "cease-fire", "truce", "armistice"]),
    ("deal", &["deal", "agreement", "accord", "settlement", "treaty", "pact"]),
    ("war", &["war", "warfare", "conflict", "hostilities", "fighting"]),
    ("aggression", &["aggression", "invasion", "aggressor", "attack"]),
    ("security", &["security", "safety", "protection"]),
    ("defence", &["defence", "defense", "military", "armed forces"]),
    ("weapons", &["weapons", "arms", "munitions", "ammunition", "missiles"]),
    ("support", &["support", "assistance", "aid", "backing", "help"]),
    ("sanctions", &["sanctions", "embargo", "restrictions"]),
    ("economy", &["economy", "economic", "growth", "gdp"]),
    ("jobs", &["jobs", "employment", "unemployment", "workers", "wages"]),
    ("taxes", &["taxes", "tax", "taxation", "tariffs", "tariff"]),
    ("prices", &["prices", "inflation", "cost-of-living"]),
    ("budget", &["budget", "spending", "deficit", "debt"]),
    ("crisis", &["crisis", "emergency", "catastrophe", "disaster"]),
    ("threat", &["threat", "danger", "risk", "menace"]),
    ("strong", &["strong", "strength", "strengthen", "robust", "powerful"]),
    ("stability", &["stability", "stable", "steady"]),
    ("freedom", &["freedom", "liberty", "free"]),
    ("democracy", &["democracy", "democratic"]),
    ("sovereignty", &["sovereignty", "sovereign", "independence", "territorial integrity"]),
    ("justice", &["justice", "accountability", "accountable"]),
    ("corruption", &["corruption", "corrupt", "bribery"]),
    ("terrorism", &["terrorism", "terrorist", "terror", "extremism", "extremist"]),
    ("immigration", &["immigration", "immigrants", "migrants", "migration", "refugees", "asylum"]),
    ("border", &["border", "borders", "frontier"]),
    ("climate", &["climate", "emissions", "global warming", "carbon"]),
    ("energy", &["energy", "gas", "oil", "electricity"]),
    ("health", &["health", "healthcare", "health care", "medical"]),
    ("election", &["election", "vote", "voters", "ballot", "polls"]),
    ("campaign", &["campaign", "candidacy", "race"]),
    ("reform", &["reform", "overhaul", "reforms"]),
    ("trust", &["trust", "confidence", "credibility"]),
    ("commitment", &["commitment", "committed", "pledge", "promise", "vow"]),
    ("cooperation", &["cooperation", "partnership", "collaboration", "alliance", "allies"]),
    ("victory", &["victory", "win", "prevail", "triumph"]),
    ("failure", &["failure", "fail", "defeat", "loss"]),
    ("success", &["success", "successful", "achievement"]),
    ("priority", &["priority", "focus", "top priority"]),
    ("responsibility", &["responsibility", "responsible", "duty", "obligation"]),
    ("transparency", &["transparency", "transparent", "openness"]),
    ("investigation", &["investigation", "inquiry", "probe"]),
    ("law", &["law", "legislation", "bill", "statute"]),
    ("court", &["court", "judge", "ruling", "verdict"]),
    ("government", &["government", "administration", "authorities", "cabinet"]),
    ("country", &["country", "nation", "countries"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_a_few_dozen_groups_with_unique_words() {
        let lex = Lexicon::builtin();
        assert!(lex.groups.len() >= 30);
        let mut seen = std::collections::HashSet::new();
        for (_, ms) in &lex.groups {
            for m in ms {
                assert!(seen.insert(m.to_lowercase()), "{m} is in two groups");
            }
        }
    }

    #[test]
    fn config_groups_override_builtin_ones() {
        let user = parse_config("[themes]\nsteadfast = [\"steadfast\", \"lasting\"]\n").unwrap();
        let mut lex = Lexicon::builtin();
        lex.merge(user);
        let durable = lex.groups.iter().find(|(n, _)| n == "durable").unwrap();
        assert!(!durable.1.contains(&"lasting".to_string()));
        assert!(lex.groups.iter().any(|(n, ms)| n == "steadfast" && ms.len() == 2));
    }

    #[test]
    fn broken_config_says_why() {
        assert!(parse_config("[themes\n").is_err());
        assert!(parse_config("themes = 3").unwrap_err().contains("table"));
        assert!(parse_config("[themes]\nx = \"a\"").unwrap_err().contains("themes.x"));
        assert!(parse_config("[themes]\nx = [1]").unwrap_err().contains("quoted"));
        assert_eq!(parse_config("[tui]\ntheme = \"dark\"").unwrap(), Lexicon::default());
    }
}
