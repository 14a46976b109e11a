//! Countries by name and by the adjective news writes for them, so that
//! "the government" of a newswire item is the one of the country its title
//! names ("POLISH GOVERNMENT HIKES FOOD PRICES": the Polish government).

use super::tokens::Tokens;

/// A country's names (as they open a title's words, multi-word ones joined
/// by spaces) and the adjective its government goes by.
struct Country {
    names: &'static [&'static str],
    adjective: &'static str,
}

const fn c(names: &'static [&'static str], adjective: &'static str) -> Country {
    Country { names, adjective }
}

/// Countries often in the news. A name here is matched as whole title words,
/// case aside; the adjective is matched the same way.
const COUNTRIES: &[Country] = &[
    c(&["Afghanistan"], "Afghan"),
    c(&["Albania"], "Albanian"),
    c(&["Algeria"], "Algerian"),
    c(&["Angola"], "Angolan"),
    c(&["Argentina"], "Argentine"),
    c(&["Australia"], "Australian"),
    c(&["Austria"], "Austrian"),
    c(&["Bahrain"], "Bahraini"),
    c(&["Bangladesh"], "Bangladeshi"),
    c(&["Belgium"], "Belgian"),
    c(&["Bolivia"], "Bolivian"),
    c(&["Brazil"], "Brazilian"),
    c(&["Bulgaria"], "Bulgarian"),
    c(&["Burma"], "Burmese"),
    c(&["Cameroon"], "Cameroonian"),
    c(&["Canada"], "Canadian"),
    c(&["Chile"], "Chilean"),
    c(&["China"], "Chinese"),
    c(&["Colombia"], "Colombian"),
    c(&["Costa Rica"], "Costa Rican"),
    c(&["Cuba"], "Cuban"),
    c(&["Cyprus"], "Cypriot"),
    c(&["Czechoslovakia"], "Czechoslovak"),
    c(&["Denmark"], "Danish"),
    c(&["Dominican Republic"], "Dominican"),
    c(&["Ecuador"], "Ecuadorean"),
    c(&["Egypt"], "Egyptian"),
    c(&["El Salvador"], "Salvadorean"),
    c(&["Ethiopia"], "Ethiopian"),
    c(&["Finland"], "Finnish"),
    c(&["France"], "French"),
    c(&["Gabon"], "Gabonese"),
    c(&["Ghana"], "Ghanaian"),
    c(&["Greece"], "Greek"),
    c(&["Guatemala"], "Guatemalan"),
    c(&["Honduras"], "Honduran"),
    c(&["Hungary"], "Hungarian"),
    c(&["Iceland"], "Icelandic"),
    c(&["India"], "Indian"),
    c(&["Indonesia"], "Indonesian"),
    c(&["Iran"], "Iranian"),
    c(&["Iraq"], "Iraqi"),
    c(&["Ireland"], "Irish"),
    c(&["Israel"], "Israeli"),
    c(&["Italy"], "Italian"),
    c(&["Ivory Coast"], "Ivorian"),
    c(&["Jamaica"], "Jamaican"),
    c(&["Japan"], "Japanese"),
    c(&["Jordan"], "Jordanian"),
    c(&["Kenya"], "Kenyan"),
    c(&["Kuwait"], "Kuwaiti"),
    c(&["Lebanon"], "Lebanese"),
    c(&["Liberia"], "Liberian"),
    c(&["Libya"], "Libyan"),
    c(&["Luxembourg"], "Luxembourg"),
    c(&["Malaysia"], "Malaysian"),
    c(&["Mexico"], "Mexican"),
    c(&["Morocco"], "Moroccan"),
    c(&["Mozambique"], "Mozambican"),
    c(&["Netherlands", "Holland"], "Dutch"),
    c(&["New Zealand"], "New Zealand"),
    c(&["Nicaragua"], "Nicaraguan"),
    c(&["Nigeria"], "Nigerian"),
    c(&["Norway"], "Norwegian"),
    c(&["Oman"], "Omani"),
    c(&["Pakistan"], "Pakistani"),
    c(&["Panama"], "Panamanian"),
    c(&["Paraguay"], "Paraguayan"),
    c(&["Peru"], "Peruvian"),
    c(&["Philippines"], "Philippine"),
    c(&["Poland"], "Polish"),
    c(&["Portugal"], "Portuguese"),
    c(&["Qatar"], "Qatari"),
    c(&["Romania"], "Romanian"),
    c(&["Saudi Arabia"], "Saudi"),
    c(&["Senegal"], "Senegalese"),
    c(&["Singapore"], "Singapore"),
    c(&["South Africa"], "South African"),
    c(&["South Korea", "S. Korea", "S. Korean"], "South Korean"),
    c(&["Soviet Union", "USSR"], "Soviet"),
    c(&["Spain"], "Spanish"),
    c(&["Sri Lanka"], "Sri Lankan"),
    c(&["Sudan"], "Sudanese"),
    c(&["Sweden"], "Swedish"),
    c(&["Switzerland"], "Swiss"),
    c(&["Syria"], "Syrian"),
    c(&["Taiwan"], "Taiwanese"),
    c(&["Tanzania"], "Tanzanian"),
    c(&["Thailand"], "Thai"),
    c(&["Tunisia"], "Tunisian"),
    c(&["Turkey"], "Turkish"),
    c(&["Uganda"], "Ugandan"),
    c(&["United Arab Emirates", "UAE"], "UAE"),
    c(&["Britain", "U.K.", "UK"], "British"),
    c(&["United States", "U.S."], "U.S."),
    c(&["Uruguay"], "Uruguayan"),
    c(&["Venezuela"], "Venezuelan"),
    c(&["Vietnam"], "Vietnamese"),
    c(&["West Germany", "Germany", "W. Germany"], "West German"),
    c(&["Yugoslavia"], "Yugoslav"),
    c(&["Zaire"], "Zairean"),
    c(&["Zambia"], "Zambian"),
    c(&["Zimbabwe"], "Zimbabwean"),
];

/// The adjective of the one country the title `title` names (by its name
/// where the title opens with it, a possessive of it, or its adjective);
/// none when it names none or more than one ("JAPANESE AND BRAZILIAN
/// OFFICIALS MEET").
pub(crate) fn only_country_in(title: &Tokens) -> Option<&'static str> {
    // The title's words in lower case, letters and their full stops read as
    // one word ("U.S.", "S. KOREAN"), and whether each is an owner's.
    let mut words: Vec<(String, bool)> = Vec::with_capacity(title.list.len());
    for k in 0..title.list.len() {
        if title.is(k, '.') {
            if let Some((w, false)) = words.last_mut()
                && title.list[k - 1].end == title.list[k].start
            {
                w.push('.');
            }
        } else if title.list[k].word {
            let raw = title.str(k);
            let bare = ["'S", "’S", "'s", "’s"].iter().find_map(|p| raw.strip_suffix(p));
            words.push((bare.unwrap_or(raw).to_ascii_lowercase(), bare.is_some()));
        }
    }
    let forms = forms();
    let mut found: Option<usize> = None;
    for i in 0..words.len() {
        let first = words[i].0.as_str();
        let from = forms.partition_point(|f| f.first.as_str() < first);
        for form in forms[from..].iter().take_while(|f| f.first == first) {
            let Some(last) = form_matches(&words, i, form.text) else { continue };
            let counts = if form.adjective {
                // (An adjective that is also the name, as a name: "SEOUL
                // UNVEILS SHOPPING LIST OF U.S. GOODS" is no item of the U.S.
                // government.)
                !COUNTRIES[form.country].names.contains(&form.text)
            } else {
                // (By its name only where the title opens with it, as an
                // owner, or of more words than one: a country named later is
                // mostly what the item is about, "BLAIR REJECTS IRAQ ADVICE
                // CALLS", not whose government speaks.)
                i == 0 || words[last].1 || last > i
            };
            if !counts {
                continue;
            }
            match found {
                Some(c) if c != form.country => return None,
                _ => found = Some(form.country),
            }
        }
    }
    found.map(|c| COUNTRIES[c].adjective)
}

/// A country's name or adjective, by its first word in lower case.
struct Form {
    first: String,
    text: &'static str,
    country: usize,
    adjective: bool,
}

/// Every name and adjective of [`COUNTRIES`], sorted by first word (built
/// once).
fn forms() -> &'static [Form] {
    static FORMS: std::sync::OnceLock<Vec<Form>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms: Vec<Form> = COUNTRIES
            .iter()
            .enumerate()
            .flat_map(|(country, c)| {
                let names = c.names.iter().map(move |&n| (n, country, false));
                names.chain([(c.adjective, country, true)])
            })
            .map(|(text, country, adjective)| Form {
                first: text.split(' ').next().unwrap_or(text).to_ascii_lowercase(),
                text,
                country,
                adjective,
            })
            .collect();
        forms.sort_by(|a, b| a.first.cmp(&b.first));
        forms
    })
}

/// The index of the last of `words` that `form`'s words match from `i`
/// (case aside); none when they do not. Only the last may be an owner's.
fn form_matches(words: &[(String, bool)], i: usize, form: &str) -> Option<usize> {
    let mut last = i;
    for (n, part) in form.split(' ').enumerate() {
        let (w, possessive) = words.get(i + n)?;
        if !w.eq_ignore_ascii_case(part) || (*possessive && n + 1 < form.split(' ').count()) {
            return None;
        }
        last = i + n;
    }
    Some(last)
}

/// Bodies every country has one of, which news names without the country
/// when the item is about it ("the Finance Ministry said").
const NATIONAL_BODIES: [&str; 12] = [
    "Finance Ministry",
    "Foreign Ministry",
    "Agriculture Ministry",
    "Trade Ministry",
    "Economy Ministry",
    "Industry Ministry",
    "Energy Ministry",
    "Oil Ministry",
    "Interior Ministry",
    "Defence Ministry",
    "Central Bank",
    "Parliament",
];

/// Whether `word` is a country's name of one word ("Sudan", "Japan").
pub(crate) fn is_country_name(word: &str) -> bool {
    // (Asked of names as they resolve: hashed once, not searched.)
    static NAMES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            COUNTRIES.iter().flat_map(|c| c.names.iter().copied()).collect()
        });
    word.starts_with(|c: char| c.is_ascii_uppercase()) && NAMES.contains(word)
}

/// Whether `word` is the adjective of a country ("Russian", "Argentine",
/// "Scottish"), or a word for one of its people ("Dutchman", "Briton").
pub(crate) fn is_country_adjective(word: &str) -> bool {
    static ADJECTIVES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            COUNTRIES
                .iter()
                .map(|c| c.adjective)
                .chain(["English", "Scottish", "Welsh", "Russian", "American"])
                .chain(NATIONALS)
                .collect()
        });
    word.starts_with(|c: char| c.is_ascii_uppercase()) && ADJECTIVES.contains(word)
}

/// Whether `word` is a word for a person of a country, which news writes
/// before a name ("Dutchman Arnoud Okken", "Swede Joachim Johansson") and
/// no body's name opens with.
pub(crate) fn is_national(word: &str) -> bool {
    NATIONALS.contains(&word)
}

/// Words for a person of a country.
const NATIONALS: [&str; 11] = [
    "Briton",
    "Dutchman",
    "Frenchman",
    "Englishman",
    "Irishman",
    "Welshman",
    "Scot",
    "Swede",
    "Dane",
    "Finn",
    "Kiwi",
];

/// Whether `name` is one of the bodies every country has.
pub(crate) fn is_national_body(name: &str) -> bool {
    NATIONAL_BODIES.iter().any(|b| b.eq_ignore_ascii_case(name))
}

/// `name` with the country of `adjective` before it, when it is one of the
/// bodies every country has ("central bank", "Finance Ministry"): "Chilean
/// Central Bank". Not the United States', whose bodies go by other names.
pub(crate) fn national_body(name: &str, adjective: &str) -> Option<String> {
    let body = NATIONAL_BODIES.iter().find(|b| b.eq_ignore_ascii_case(name))?;
    (adjective != "U.S.").then(|| format!("{adjective} {body}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(title: &str) -> Option<&'static str> {
        only_country_in(&Tokens::whole(title))
    }

    #[test]
    fn one_country_by_name_possessive_or_adjective() {
        assert_eq!(of("POLISH GOVERNMENT HIKES FOOD, FUEL, ENERGY PRICES"), Some("Polish"));
        assert_eq!(of("HIGHER SPENDING EXPECTED IN MALAYSIA'S 1988 BUDGET"), Some("Malaysian"));
        assert_eq!(of("S. KOREAN SHARES PLUNGE ON GOVERNMENT MEASURES"), Some("South Korean"));
        assert_eq!(of("U.S. TRADE DEFICIT NARROWS"), Some("U.S."));
        assert_eq!(of("ZAIRE AND IMF IN ECONOMIC RESCUE TALKS"), Some("Zairean"));
        // (A country named later is what the item is about.)
        assert_eq!(of("Blair rejects Iraq advice calls"), None);
        assert_eq!(of("SEOUL UNVEILS SHOPPING LIST OF U.S. GOODS"), None);
    }

    #[test]
    fn a_national_body_takes_the_country() {
        assert_eq!(
            national_body("central bank", "Chilean").as_deref(),
            Some("Chilean Central Bank")
        );
        assert_eq!(national_body("Finance Ministry", "U.S."), None);
        assert_eq!(national_body("Bank of Japan", "Japanese"), None);
    }

    #[test]
    fn country_adjectives_and_words_for_its_people() {
        assert!(is_country_adjective("Russian"));
        assert!(is_country_adjective("Dutchman"));
        assert!(is_national("Dutchman"));
        assert!(!is_national("Dutch"));
        assert!(!is_country_adjective("Russia"));
        assert!(!is_country_adjective("russian"));
    }

    #[test]
    fn none_or_two_countries_give_none() {
        assert_eq!(of("JAPANESE AND BRAZILIAN OFFICIALS MEET"), None);
        // (The country a title opens with is its subject.)
        assert_eq!(of("JAPAN URGES U.S. TO CUT DEFICIT"), Some("Japanese"));
        assert_eq!(of("OIL PRICES STEADY"), None);
        // (Not a word inside another: "TURKEYS", "CHILEAN" only as a word.)
        assert_eq!(of("TURKEYS SOLD BEFORE THANKSGIVING"), None);
    }
}
