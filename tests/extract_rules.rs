//! Extraction rules, one behaviour per test: quoting styles, apostrophes,
//! unbalanced marks, multi-paragraph and interrupted quotations, pronoun and
//! role resolution, question subjects, reported-speech clause ends.

use onrecord::article::{Article, parse_wire};
use onrecord::extract::{Kind, Statement, extract_statements};

/// A wire article: a title line, a blank line, then the body.
fn article(title: &str, body: &str) -> Article {
    parse_wire(&format!("{title}\n\n{body}"))
}

fn found(a: &Article) -> Vec<(Kind, String, Option<String>)> {
    extract_statements(a, 0).iter().map(|s| (s.kind, s.text(a), s.speaker.clone())).collect()
}

fn mention(a: &Article, s: &Statement) -> String {
    s.speaker_span.clone().map(|r| s.source_text(a)[r].to_string()).unwrap_or_default()
}

fn one(text: &str) -> (Kind, String, Option<String>) {
    let a = article("News", text);
    let mut f = found(&a);
    assert_eq!(f.len(), 1, "{f:#?}");
    f.remove(0)
}

/// Asserts that `body` holds one statement, with these words, credited to
/// this speaker.
fn assert_one(body: &str, words: &str, speaker: &str) {
    let (_, w, s) = one(body);
    assert_eq!((w.as_str(), s.as_deref()), (words, Some(speaker)), "{body}");
}

/// Asserts that `body` holds one statement, credited to `speaker`.
fn assert_speaker(body: &str, speaker: &str) {
    assert_eq!(one(body).2.as_deref(), Some(speaker), "{body}");
}

/// Asserts that no statement of `body` is credited to `name`.
fn assert_not_credited(body: &str, name: &str) {
    let f = found(&article("News", body));
    assert!(f.iter().all(|s| s.2.as_deref() != Some(name)), "{body}: {f:#?}");
}

/// The speaker mention of the first direct quotation in `body`.
fn direct_mention(body: &str) -> Option<String> {
    let a = article("News", body);
    let s = extract_statements(&a, 0);
    s.iter().find(|s| s.kind == Kind::Direct).map(|s| mention(&a, s))
}

/// Extracts the statements of each body, for texts that once panicked:
/// the test is that this returns.
fn read_safely(bodies: &[&str]) {
    for body in bodies {
        let _ = extract_statements(&article("News", body), 0);
    }
}

/// The words of every statement in `body`, in order.
fn words(body: &str) -> Vec<String> {
    found(&article("News", body)).into_iter().map(|f| f.1).collect()
}

/// A resolved speaker's name, as [`speakers`] lists it.
fn named(name: &str) -> Option<String> {
    Some(name.to_string())
}

/// The resolved speaker of every statement in `body`, in order.
fn speakers(body: &str) -> Vec<Option<String>> {
    let a = article("News", body);
    extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect()
}

/// Asserts that `body` holds exactly these statements, as words and
/// speaker, in order.
fn assert_statements(body: &str, expected: &[(&str, Option<&str>)]) {
    let a = article("News", body);
    let f = found(&a);
    let got: Vec<_> = f.iter().map(|(_, w, s)| (w.as_str(), s.as_deref())).collect();
    assert_eq!(got, expected, "{f:#?}");
}

/// Asserts that the first statement of `body` is credited to `speaker`.
fn assert_speaker_of_first(body: &str, speaker: &str) {
    assert_eq!(speakers(body).first().cloned().flatten().as_deref(), Some(speaker), "{body}");
}

#[test]
fn every_quoting_style() {
    for text in [
        "\"We will stay,\" Jane Doe said.",
        "“We will stay,” Jane Doe said.",
        "„We will stay,“ Jane Doe said.",
        "«We will stay», Jane Doe said.",
        "‹We will stay›, Jane Doe said.",
        "``We will stay,'' Jane Doe said.",
        "''We will stay,'' Jane Doe said.",
    ] {
        let (kind, words, speaker) = one(text);
        assert_eq!(kind, Kind::Direct, "{text}");
        assert!(words.starts_with("We will stay"), "{text}: {words}");
        assert_eq!(speaker.as_deref(), Some("Jane Doe"), "{text}");
    }
}

#[test]
fn apostrophes_never_open_a_quotation() {
    let a = article("News", "He’s sure Putin's plan fails, the minister's aide said on Monday.");
    assert!(found(&a).iter().all(|(k, _, _)| *k == Kind::Indirect), "{:#?}", found(&a));
}

#[test]
fn unbalanced_mark_ends_at_the_paragraph() {
    let a = article(
        "News",
        "Jane Doe said: \"We will never leave.\n\nThe talks resume on Monday, officials said.",
    );
    let f = found(&a);
    assert_eq!(f[0].1, "We will never leave.");
    assert!(!f[0].1.contains("talks resume"));
}

#[test]
fn multi_paragraph_quotation_is_one_statement() {
    let a = article(
        "News",
        "Jane Doe, the minister, said: “We will stay.\n\n“And we will win,” she added.\n\nThe end.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{:#?}", found(&a));
    assert_eq!(s[0].spans.len(), 2);
    assert_eq!(s[0].text(&a), "We will stay. And we will win,");
    assert_eq!(s[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn interrupted_quotation_is_one_statement() {
    let a = article("News", "\"We will stay,\" Jane Doe said, \"and we will win.\"");
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].text(&a), "We will stay, and we will win.");
    assert_eq!(s[0].spans.len(), 2);
    assert_eq!(mention(&a, &s[0]), "Jane Doe");
}

#[test]
fn elisions_and_insertions_stay() {
    let (_, words, _) = one("\"We met [Vice President] Vance […] twice,\" Jane Doe said.");
    assert_eq!(words, "We met [Vice President] Vance […] twice,");
}

#[test]
fn pronouns_and_roles_resolve_to_the_person() {
    let a = article(
        "Doe: We stay",
        "Foreign Minister Jane Doe said on Monday that the country would stay in the alliance.\n\n\
         \"We are not going anywhere,\" she said.\n\n\
         The minister added that \"nothing has changed.\"",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 4, "{:#?}", found(&a));
    assert!(s.iter().all(|s| s.speaker.as_deref() == Some("Jane Doe")), "{:#?}", found(&a));
    assert_eq!(mention(&a, &s[2]), "she");
    assert_eq!(mention(&a, &s[3]), "The minister");
    assert_eq!(s[0].kind, Kind::Headline);
    assert_eq!(s[3].kind, Kind::Partial);
}

#[test]
fn appositions_give_the_name() {
    let (_, _, speaker) =
        one("Jane Doe, the former minister, who spoke in Riga, said: \"We stay.\"");
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
    let (_, _, speaker) = one("\"We stay,\" said John Roe, a spokesman for the ministry.");
    assert_eq!(speaker.as_deref(), Some("John Roe"));
}

#[test]
fn long_appositions_initials_and_party_labels() {
    let (_, _, speaker) =
        one("\"Twitter works,\" James B. Comey Jr., the director of the Federal Bureau of \
         Investigation, said at a news conference.");
    assert_eq!(speaker.as_deref(), Some("James B. Comey Jr."));
    let (_, _, speaker) = one(
        "Tuesday in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said, \"I'm getting \
         ready to rent a covered wagon.\"",
    );
    assert_eq!(speaker.as_deref(), Some("John Kasich"));
    let a = article(
        "News",
        "Revenues will grow, Chairman Clifford F. Stritch Jr. told analysts.\n\n\
         Stritch also said the company would hire.\n\n\
         Costs will fall, the Institute of Economic Affairs (IEA) said.",
    );
    let speakers: Vec<Option<String>> = found(&a).into_iter().map(|f| f.2).collect();
    assert_eq!(
        speakers,
        [
            Some("Clifford F. Stritch Jr.".to_string()),
            Some("Clifford F. Stritch Jr.".to_string()),
            Some("Institute of Economic Affairs".to_string())
        ]
    );
}

#[test]
fn speakers_are_people_not_conjunctions_or_adverbs() {
    // A second verb of the sentence's subject.
    let (_, _, speaker) =
        one("Jane Doe gave few details about the deal, but said a loan would follow.");
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
    // Right after a quotation there is no subject to take: nobody.
    assert_not_credited(
        "Jane Doe called the quota \"realistic\" but added more clarity was needed on it.",
        "but",
    );
    // Where and when are not part of who, and a line break is a space.
    let (_, _, speaker) = one("Turkey is buying sugar for March, traders here said.");
    assert_eq!(speaker.as_deref(), Some("traders"));
    let a = article(
        "News",
        "The plant will close in May, company\nofficials said.\n\nIt opened in 1950.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("company officials"), "{:#?}", found(&a));
    // Words that stand between a subject and its verb are no part of it
    // (nor is a ticker after the name).
    let (_, _, speaker) = one(
        "And Acme Inc <ACME> has also said it plans to ask the agency to approve testing of its vaccine.",
    );
    assert_eq!(speaker.as_deref(), Some("Acme Inc"));
}

#[test]
fn an_inner_quotation_may_close_with_the_outer_one() {
    let (kind, words, speaker) =
        one("''They told us 'we don't care about you at all,''' said Mr. Meyer, an economist.");
    assert_eq!(kind, Kind::Direct);
    assert_eq!(words, "They told us 'we don't care about you at all,'");
    assert_eq!(speaker.as_deref(), Some("Meyer"));
}

#[test]
fn a_question_s_subject_is_not_the_speaker() {
    let a = article(
        "News",
        "Mark Rutte spoke in Brussels.\n\n\
         When asked whether he was sure that Putin really wants peace, Rutte said: \"I don't know.\"",
    );
    let s = extract_statements(&a, 0);
    let last = s.last().map(|s| (s.speaker.clone(), mention(&a, s)));
    assert_eq!(last, Some((Some("Mark Rutte".to_string()), "Rutte".to_string())));
}

#[test]
fn cue_after_and_before() {
    for text in [
        "Jane Doe told reporters that \"the plan works.\"",
        "According to Jane Doe, \"the plan works.\"",
        "Jane Doe: \"The plan works.\"",
        "\"The plan works,\" said Jane Doe.",
        "\"The plan works.\" ― Jane Doe",
        "Jane Doe emphasized that \"the plan works.\"",
    ] {
        let (_, words, speaker) = one(text);
        assert_eq!(words.to_lowercase().trim_end_matches(['.', ',']), "the plan works", "{text}");
        assert_eq!(speaker.as_deref(), Some("Jane Doe"), "{text}");
    }
}

#[test]
fn a_quotation_without_cue_continues_the_speaker() {
    // In the very next paragraph it is more of the same quotation: one
    // statement, in two spans.
    let a = article(
        "News",
        "\"We stay,\" Jane Doe said.\n\n\"We will not leave. Never.\"\n\nOther news followed.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].spans.len(), 2);
    assert_eq!(s[0].text(&a), "We stay, We will not leave. Never.");
    assert_eq!(s[0].speaker.as_deref(), Some("Jane Doe"));
    // After a paragraph of the writer's it is a statement of its own, still
    // the speaker's.
    let a = article(
        "News",
        "\"We stay,\" Jane Doe said.\n\nThe talks went on.\n\n\"We will not leave.\"",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[1].speaker.as_deref(), Some("Jane Doe"));
    assert_eq!(s[1].text(&a), "We will not leave.");
}

#[test]
fn reported_speech_runs_to_the_end_of_its_clause() {
    let a = article(
        "News",
        "Jane Doe said the talks would resume in March, but officials in Kyiv were less sure.",
    );
    let f = found(&a);
    assert_eq!(f[0].0, Kind::Indirect);
    assert_eq!(f[0].1, "the talks would resume in March");
    let a = article("News", "The plan would cost billions, a senior official said on Friday.");
    assert_eq!(found(&a)[0].1, "The plan would cost billions");
    let a = article("News", "Jane Doe has said that the plan works; critics disagree.");
    assert_eq!(found(&a)[0].1, "the plan works");
}

#[test]
fn a_partial_quotation_inside_reported_speech_is_the_statement() {
    let a = article("News", "Jane Doe spoke.\n\nShe added that she has not \"seen the outcome.\"");
    let f = found(&a);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0], (Kind::Partial, "seen the outcome.".to_string(), Some("Jane Doe".into())));
}

#[test]
fn nouns_that_look_like_verbs_are_not_cues() {
    let a = article("News", "Sanctions must be renewed by all 27 member states every six months.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn he_and_she_pass_over_people_they_cannot_mean() {
    let a = article(
        "News",
        "Jane Doe said her country would stay. John Roe said his party agreed.\n\n\
         \"We will not leave,\" she said.\n\n\"Nor will we,\" he added.",
    );
    let s = extract_statements(&a, 0);
    let who: Vec<Option<&str>> = s.iter().map(|s| s.speaker.as_deref()).collect();
    assert_eq!(who, vec![Some("Jane Doe"), Some("John Roe"), Some("Jane Doe"), Some("John Roe")]);
}

#[test]
fn words_describing_a_name_after_a_quotation_keep_the_credit() {
    for (text, name) in [
        (
            "“You may have material,” CrowdStrike co-founder Dmitri Alperovitch told POLITICO.",
            "Dmitri Alperovitch",
        ),
        (
            "\"These are dark days,\" former George W. Bush speechwriter Noam Neusner wrote.",
            "Noam Neusner",
        ),
    ] {
        let (kind, _, speaker) = one(text);
        assert_eq!(kind, Kind::Direct, "{text}");
        assert_eq!(speaker.as_deref(), Some(name), "{text}");
    }
    // A clause of the writer's is not such a description.
    let (_, _, speaker) = one("\"We won,\" the paper wrote when Jane Doe said so.");
    assert_ne!(speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_participle_after_an_opening_phrase_is_the_subjects() {
    assert_one(
        "At Sunday night's debate, Jane Doe compared herself to her rival, saying, \"I don't get speaking fees.\"",
        "I don't get speaking fees.",
        "Jane Doe",
    );
    let (kind, words, speaker) =
        one("On Tuesday, the minister spoke to farmers, saying that prices would rise.");
    assert_eq!((kind, words.as_str()), (Kind::Indirect, "prices would rise"));
    assert_eq!(speaker.as_deref(), Some("minister"));
    // The opening phrase is not what the subject said.
    let a = article(
        "News",
        "In other remarks, Jane Doe repeated the need for funds and underscored how banks help.",
    );
    assert!(found(&a).iter().all(|f| f.1 != "In other remarks"), "{:#?}", found(&a));
}

#[test]
fn a_full_stop_before_a_comma_ends_no_sentence() {
    assert_one(
        "\"We are in trouble,\" Mitch McConnell, R-Ky., said by telephone from Cambridge, Mass.",
        "We are in trouble,",
        "Mitch McConnell",
    );
    let (_, words, _) = one("Jane Doe said it will build a plant in Belvidere, Ill., next year.");
    assert_eq!(words, "it will build a plant in Belvidere, Ill., next year");
}

#[test]
fn a_credit_after_the_writers_words_does_not_join_quotations() {
    let a = article(
        "News",
        "\"This will be a challenge\" for the campaign, said Jane Doe. \"The numbers do not add up.\"",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[0].text(&a), "This will be a challenge");
    assert_eq!(s[0].speaker.as_deref(), Some("Jane Doe"));
    assert_eq!(s[1].text(&a), "The numbers do not add up.");
}

#[test]
fn a_dash_credit_on_its_own_line() {
    assert_speaker(
        "\"I will look into it. I don't know the status.\"\n\n- Jane Doe.\n\nShe has been looking.",
        "Jane Doe",
    );
    // A list after a quotation is no credit.
    let a = article("News", "\"We have goals:\"\n\n- cut taxes.\n\n- build roads.");
    assert!(found(&a).iter().all(|f| f.2.is_none()), "{:#?}", found(&a));
}

#[test]
fn a_participle_after_a_credit_is_the_credited_speakers() {
    let a = article(
        "News",
        "Jane Doe and John Roe will meet next week, Sam Poe said, adding, \"They need to talk.\"",
    );
    let f = found(&a);
    let quote = f.iter().find(|f| f.1 == "They need to talk.");
    assert_eq!(quote.and_then(|f| f.2.as_deref()), Some("Sam Poe"), "{f:#?}");
}

#[test]
fn a_named_subject_and_a_few_words_before_a_colon() {
    let (_, _, speaker) = one("Jane Doe resisted: \"Governors do not have that power.\"");
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
    let (_, _, speaker) = one("Transcript as follows: \"We arrived in Cleveland.\"");
    assert_eq!(speaker, None);
}

#[test]
fn a_second_verb_after_but_is_the_subjects() {
    assert_one(
        "Jane Doe did not name her rivals, but told supporters, \"our nation is in trouble.\"",
        "our nation is in trouble.",
        "Jane Doe",
    );
}

#[test]
fn invisible_format_characters_separate_nothing() {
    // A direction mark before a closing curly mark used as an opener.
    let (kind, words, speaker) = one("\u{202a}”This is why we fight,” said Jane Doe.");
    assert_eq!((kind, words.as_str()), (Kind::Direct, "This is why we fight,"));
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_title_in_quote_marks_is_no_statement() {
    let a = article("News", "He also stars in the PBS drama, \"Mercy Street,\" this week.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    // Credited, the same words are a statement.
    assert_one("\"Mercy Street,\" Jane Doe said.", "Mercy Street,", "Jane Doe");
}

#[test]
fn a_credit_after_a_finished_sentence_opens_the_next_quotation() {
    let a = article(
        "News",
        "States can pass such laws because \"men should not be in there.\" Jane Doe says, \"That is a reasonable rule.\"",
    );
    let f = found(&a);
    let direct = f.iter().find(|f| f.1 == "That is a reasonable rule.");
    assert_eq!(
        direct.map(|f| (f.0, f.2.as_deref())),
        Some((Kind::Direct, Some("Jane Doe"))),
        "{f:#?}"
    );
}

#[test]
fn a_cue_before_the_next_quotation_introduces_it() {
    let a = article(
        "News",
        "\"There is a young man with some problems,\" Jane Doe said as a heckler yelled: \"You are wrong!\"",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[0].text(&a), "There is a young man with some problems,");
    assert_eq!(s[1].text(&a), "You are wrong!");
    assert_eq!(s[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn only_a_paragraph_opening_with_the_quotation_goes_on_with_the_one_before() {
    let a = article(
        "News",
        "\"We stay,\" Jane Doe said.\n\nAmong the replies was one from a neighbour who posted, \"We will see.\"",
    );
    let s = extract_statements(&a, 0);
    assert!(s.iter().all(|s| s.spans.len() == 1), "{s:#?}");
}

#[test]
fn a_circumstance_after_a_closing_credit_is_the_writers() {
    assert_eq!(
        words(
            "Rice imports rose five pct last year, the ministry said, without disclosing the tonnages involved."
        ),
        ["Rice imports rose five pct last year"]
    );
    assert_eq!(
        words("Wheat imports fell to 218,000 tonnes, the newspaper said, quoting customs figures."),
        ["Wheat imports fell to 218,000 tonnes"]
    );
    // (Not one set off inside the words, which go on after it.)
    assert!(
        words("The compromise plan, the paper said, quoting reliable sources, aims to eliminate abuses.")[0]
            .ends_with("aims to eliminate abuses")
    );
}

#[test]
fn reported_speech_ends_before_the_writers_apposition_that_closes_it() {
    assert_eq!(
        words(
            "Jane Doe said she wants to repeal the Hyde Amendment, a longstanding federal provision that prohibits taxpayer funding of most abortions."
        ),
        ["she wants to repeal the Hyde Amendment"]
    );
    // (Not the last of a list, nor the object after an aside, nor a clause
    // of its own.)
    for (body, said) in [
        (
            "Firm oil prices, a sharp stock price fall and a dollar that may fall further sent bonds down, dealers said.",
            "Firm oil prices, a sharp stock price fall and a dollar that may fall further sent bonds down",
        ),
        (
            "NYMEX will allow traders to initiate, after the exchange closes, a transaction that can be hedged, a spokeswoman said.",
            "NYMEX will allow traders to initiate, after the exchange closes, a transaction that can be hedged",
        ),
        (
            "Jane Doe said that by joining the two proteins with the virus, a hybrid virus is created that immunizes against both.",
            "by joining the two proteins with the virus, a hybrid virus is created that immunizes against both",
        ),
    ] {
        assert_eq!(words(body), [said], "{body}");
    }
}

#[test]
fn reported_speech_after_a_subject_and_before_an_apposition() {
    // A subject after the verb: no looking ahead for "that".
    let (_, words, _) = one("Jane Doe says it is hard to blame anyone for that.");
    assert_eq!(words, "it is hard to blame anyone for that");
    // A party label in parentheses ends no sentence.
    assert_one(
        "Jane Doe (R-Va.) said she spoke with the director.",
        "she spoke with the director",
        "Jane Doe",
    );
    // "…, said Name, apposition."
    assert_one(
        "The state has a strong ground game, said Jane Doe, director of the Civic Engagement Project.",
        "The state has a strong ground game",
        "Jane Doe",
    );
}

#[test]
fn a_person_of_a_place_is_the_person() {
    let a = article(
        "News",
        "Jason Gilbert met voters.\n\n\"She should have run from Virginia,\" said Jason Gilbert of Cheyenne.\n\n\"Rates will rise,\" said the Federal Reserve Bank of New York.",
    );
    let f = found(&a);
    assert_eq!(f[0].2.as_deref(), Some("Jason Gilbert"), "{f:#?}");
    assert_ne!(f[1].2.as_deref(), Some("Federal Reserve Bank"), "{f:#?}");
}

#[test]
fn openings_that_are_not_the_subject() {
    for text in [
        "Appearing before supporters, Jane Doe said it was early but added, \"I think you know the results.\"",
        "Immediately after the attacks, Jane Doe issued a statement, \"Our nation was attacked.\"",
        "A few minutes later, Jane Doe followed up by lamenting the churn: \"There is a ton of work,\" she said.",
        "But Jane Doe (D-Ill.), noting the size of his list, said, \"He has a heck of an email list.\"",
        "\"They are all here for the free stuff,\" Jane Doe shot back with a laugh.",
        "\"What sport is he talking about?\" reacted Jane Doe.",
        "\"She took it upon herself to prove them wrong,\" remembered Jane Doe.",
    ] {
        let a = article("News", text);
        let f = found(&a);
        let quote = f.iter().find(|f| f.0 == Kind::Direct);
        assert_eq!(quote.and_then(|f| f.2.as_deref()), Some("Jane Doe"), "{text}: {f:#?}");
    }
}

#[test]
fn a_noun_like_cue_closing_a_credit_is_a_verb() {
    let (_, _, speaker) = one("“She should act like one,” the editorial read.");
    assert_eq!(speaker.as_deref(), Some("editorial"));
    // Not a sentence that merely ends in such a word.
    let a = article("News", "He loves “Lilyhammer.” “Veep” and “Girls” are his top shows.");
    assert!(found(&a).iter().all(|f| f.2.is_none()), "{:#?}", found(&a));
}

#[test]
fn a_quotation_with_its_own_credit_is_its_own_statement() {
    let a = article(
        "News",
        "Jane Doe spoke.\n\n\"Making a deal is in our interest,\" Jane Doe told ABC. \"I know nobody who does not want a deal,\" the candidate said.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(mention(&a, &s[1]), "the candidate");
    // Without a credit of its own, the second part goes on with the first.
    let a = article("News", "\"We won,\" Jane Doe said, \"and we will win again.\"");
    assert_eq!(extract_statements(&a, 0).len(), 1);
}

#[test]
fn inverted_noun_like_cues_and_two_names() {
    let (_, _, speaker) = one("“With every vote we grow stronger,” read the email.");
    assert_eq!(speaker.as_deref(), Some("email"));
    let (_, _, speaker) = one("\"He feels no respect,\" Jane Doe and John Roe wrote.");
    assert_eq!(speaker.as_deref(), Some("Jane Doe and John Roe"));
}

#[test]
fn a_credit_right_after_beats_a_cue_far_before() {
    let m = direct_mention(
        "In her speech, Jane Doe declared the need for strong will and drive: \"Change the world,\" she said.",
    );
    assert_eq!(m.as_deref(), Some("she"));
}

#[test]
fn a_subject_after_two_opening_phrases() {
    let a = article(
        "News",
        "On Thursday, after remaining neutral for months, Jane Doe appeared on television and officially endorsed John Roe, saying, \"He is a fighter.\"",
    );
    let f = found(&a);
    let quote = f.iter().find(|f| f.1 == "He is a fighter.");
    assert_eq!(quote.and_then(|f| f.2.as_deref()), Some("Jane Doe"), "{f:#?}");
}

#[test]
fn a_bare_name_before_a_colon_after_a_dash() {
    let (_, _, speaker) = one("Pollsters agree - Jane Doe: \"Keep on contacting voters.\"");
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
}

/// The speaker's name of the one direct quotation in `body`.
fn quoted_by(body: &str) -> Option<String> {
    let a = article("News", body);
    let f = found(&a);
    let quotes: Vec<_> = f.iter().filter(|f| f.0 == Kind::Direct).collect();
    assert_eq!(quotes.len(), 1, "{f:#?}");
    quotes[0].2.clone()
}

#[test]
fn a_participle_adjective_is_no_cue() {
    let s = quoted_by(
        "Jane Doe told the Washington Post in a written statement, \"I really don't want his endorsement.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_participle_after_a_preposition_is_the_subjects() {
    let s = quoted_by(
        "Jane Doe, herself a supporter during the primary, drew boos upon saying, \"He heard the people.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn an_infinitive_cue_is_the_subjects() {
    let s = quoted_by(
        "The columnist Jane Doe went so far as to say: \"The network as we know it is over.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_text_or_an_object_before_a_participle_does_not_speak() {
    let s = quoted_by("Jane Doe released a statement saying, \"The brand is a trusted partner.\"");
    assert_eq!(s.as_deref(), Some("Jane Doe"));
    let s = quoted_by("Jane Doe answered the question on Facebook writing, \"Yes, I will.\"");
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn as_name_put_it() {
    for body in [
        "Many fear it. As Jane Doe put it, \"Republicans should remember that.\"",
        "Many fear it. As Jane Doe, professor of law at Yale, put it, \"Republicans should remember that.\"",
    ] {
        assert_eq!(quoted_by(body).as_deref(), Some("Jane Doe"), "{body}");
    }
}

#[test]
fn a_year_opens_a_sentence_not_its_subject() {
    let s = quoted_by(
        "Back in 1999, Jane Doe expressed admiration for his skills, telling CNBC: \"I wish I could be like that.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_verb_credit_beats_a_colon_that_names_no_one() {
    let m = direct_mention(
        "The mood is not good, Jane Doe said. Her final assessment: \"It is not quite optimistic,\" she said.",
    );
    assert_eq!(m.as_deref(), Some("she"));
}

#[test]
fn lowercase_words_and_one_of_before_an_inverted_name() {
    let s = quoted_by(
        "\"Thanks for welcoming these refugees,\" said master of ceremonies Jane Doe, a local engineer.",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
    let m = direct_mention(
        "\"There won't be a path,\" said one of those advisers, who spoke anonymously.",
    );
    assert_eq!(m.as_deref(), Some("one of those advisers"));
}

#[test]
fn words_describing_a_name_before_the_verb() {
    let s = quoted_by(
        "\"I cannot imagine how tired you must be,\" former State policy planning director Jane Doe wrote to him.",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_cue_that_credits_the_quotation_before_yields_to_a_credit_after() {
    let a = article(
        "News",
        "\"His demeanor is grumpy,\" she said, but despite the fractious tone, \"I think he will do it,\" said Jane Doe.",
    );
    let f = found(&a);
    let second = f.iter().find(|f| f.1.starts_with("I think"));
    assert_eq!(second.and_then(|f| f.2.as_deref()), Some("Jane Doe"), "{f:#?}");
}

#[test]
fn according_to_after_a_quotation() {
    let s = quoted_by(
        "The probe goes on.\n\n\"Officials expect to finish their work in weeks,\" according to CNN.",
    );
    assert_eq!(s.as_deref(), Some("CNN"));
}

#[test]
fn a_singer_sings() {
    let s = quoted_by("In his ballad, Jon Doe sings, \"Don't go changing to try and please me.\"");
    assert_eq!(s.as_deref(), Some("Jon Doe"));
}

#[test]
fn a_second_cue_between_two_quotations_splits_them() {
    let a = article(
        "News",
        "\"Keep your hands in sight,\" Jane Doe said to him before asking her, \"Where do we go from here?\"",
    );
    let f = found(&a);
    let quotes: Vec<_> = f.iter().filter(|f| f.0 == Kind::Direct).collect();
    assert_eq!(quotes.len(), 2, "{f:#?}");
}

#[test]
fn i_is_no_part_of_a_name() {
    let m = direct_mention(
        "The editor I was talking to interrupted me mid-sentence to announce, \"There goes the franchise.\"",
    );
    assert_eq!(m.as_deref(), Some("The editor"));
}

/// The reported (indirect) statements of `body`: text and speaker mention.
fn reported(body: &str) -> Vec<(String, String)> {
    let a = article("News", body);
    extract_statements(&a, 0)
        .iter()
        .filter(|s| s.kind == Kind::Indirect)
        .map(|s| (s.text(&a), mention(&a, s)))
        .collect()
}

#[test]
fn a_credit_after_one_opening_word() {
    let r = reported(
        "The banks might coordinate.\n\nOtherwise, she said, countries may simply steal growth.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert!(r[0].0.contains("countries may simply steal growth"), "{r:#?}");
    assert_eq!(r[0].1, "she");
}

#[test]
fn content_before_said_and_a_described_speaker() {
    let r = reported(
        "Jane Doe warned the leader not to move on the shoal, said an American official who was briefed on the details of the encounter.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert!(r[0].0.starts_with("Jane Doe warned the leader"), "{r:#?}");
    assert_eq!(r[0].1, "an American official");
}

#[test]
fn according_to_a_long_source_or_after_but() {
    let r = reported(
        "Voters are angry.\n\nAccording to early results of exit polls conducted by Edison Research for the Associated Press and television networks, voters find Jane Doe honest.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].0, "voters find Jane Doe honest");
    let r = reported(
        "He left.\n\nBut according to reports in the media, he could not convince the family.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].0, "he could not convince the family");
}

#[test]
fn a_verb_reporting_its_own_clause_does_not_credit_the_quotation_before() {
    let a = article(
        "News",
        "The law covers \"sexual orientation and gender identity.\" Jane Doe says she isn't familiar with the details.",
    );
    let s = extract_statements(&a, 0);
    let partial = s.iter().find(|s| s.kind == Kind::Partial);
    assert!(partial.is_none_or(|p| p.speaker.is_none()), "{s:#?}");
    let r = s.iter().find(|s| s.kind == Kind::Indirect).map(|s| s.text(&a));
    assert_eq!(r.as_deref(), Some("she isn't familiar with the details"), "{s:#?}");
    // Also when the verb's own clause opens with a noun and a verb.
    let a = article(
        "News",
        "John Doe spoke for an hour. \"Football has become soft.\" He says referees are always throwing flags.",
    );
    let s = extract_statements(&a, 0);
    let quote = s.iter().find(|s| s.kind == Kind::Direct);
    assert!(quote.is_some_and(|q| q.cue.is_none()), "{s:#?}");
    assert_eq!(
        reported("\"Football has become soft.\" He says referees are always throwing flags."),
        [("referees are always throwing flags".to_string(), "He".to_string())]
    );
    // (An inverted credit with an apposition still credits the quotation.)
    assert_eq!(
        direct_mention("\"He's dangerous!\" said Tom Burke, who was at the rally.").as_deref(),
        Some("Tom Burke")
    );
}

#[test]
fn it_is_the_company_or_report_that_spoke_last() {
    let s = speakers(
        "Acme Resources Inc said it has sold its mine for two mln dlrs.\n\nIt said the proceeds will reduce debt.",
    );
    assert_eq!(s, [Some("Acme Resources Inc".to_string()), Some("Acme Resources Inc".to_string())]);
    let s = speakers("GTE said prices rose in March. It said exports fell.");
    assert_eq!(s, [Some("GTE".to_string()), Some("GTE".to_string())]);
    let s = speakers("The report said prices rose in March. It said exports fell.");
    assert_eq!(s, [Some("report".to_string()), Some("report".to_string())]);
    // A person is never "it"; an institution named before someone else
    // spoke may be, a few statements on.
    let s = speakers("Jane Doe said prices rose in March. It said exports fell.");
    assert_eq!(s.get(1), Some(&None), "{s:?}");
    let s = speakers(
        "Acme Resources Inc said prices rose. Analyst Jane Doe said the stock will fall. It said exports fell.",
    );
    assert_eq!(s.get(2), Some(&Some("Acme Resources Inc".to_string())), "{s:?}");
}

#[test]
fn he_is_the_official_described_before_when_no_person_is_named() {
    let s = speakers(
        "Exports fell in March, a bank official said.\n\nHe said the assets were held by 15 banks.",
    );
    assert_eq!(s, [Some("a bank official".to_string()), Some("a bank official".to_string())]);
    let s = speakers("Limits will rise, a ministry spokesman said. He said banks agreed.");
    assert_eq!(s.get(1), Some(&Some("a ministry spokesman".to_string())), "{s:?}");
    // Not a thing, nor a group.
    for body in [
        "Exports fell in March, the company said.\n\nHe said the assets were held by 15 banks.",
        "Exports fell in March, officials said.\n\nHe said the assets were held by 15 banks.",
    ] {
        let s = speakers(body);
        assert_eq!(s.get(1), Some(&None), "{body}: {s:?}");
    }
}

#[test]
fn commented_quoted_as_and_a_source_at_a_place() {
    let s = quoted_by(
        "Treasury Secretary Jane Doe commented, \"Of course, implementation is the key.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
    let s = quoted_by(
        "Prime Minister Jane Doe watched the market.\n\n\"We must watch things a little longer,\" Kyodo quoted her as telling reporters.",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
    let r = reported("The paper quoted Jane Doe as saying the plan was dead.");
    assert_eq!(r, [("the plan was dead".to_string(), "Jane Doe".to_string())]);
    let a = article("News", "\"They knew it was not just talk,\" one source at the meeting said.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().map(|s| mention(&a, s)).as_deref(), Some("one source at the meeting"));
    // The noun is no cue: "Trump's comments" credits nothing.
    let s = quoted_by(
        "Jane Doe's campaign shrugged off John Roe's comments, telling reporters, \"Neither of us is worried.\"",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe's campaign"));
}

#[test]
fn two_roles_before_a_name_and_a_spokesperson_from_a_body() {
    let s = quoted_by(
        "\"We reported solid results,\" Acme chairman and chief executive Jane Doe said in a statement.",
    );
    assert_eq!(s.as_deref(), Some("Jane Doe"));
    let a = article(
        "News",
        "\"The initiatives are welcome,\" a spokesperson from Icstis told the BBC.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().map(|s| mention(&a, s)).as_deref(), Some("a spokesperson from Icstis"));
}

#[test]
fn an_institution_is_named_whole() {
    for (body, name) in [
        ("Bank of New York said it raised its prime rate.", "Bank of New York"),
        ("Floating Point Systems Inc said it cut its staff.", "Floating Point Systems Inc"),
        ("The Reserve Bank said inflation eased.", "Reserve Bank"),
        ("General Motors Corp said sales rose.", "General Motors Corp"),
    ] {
        let a = article("News", body);
        let s = extract_statements(&a, 0);
        assert_eq!(s.first().and_then(|s| s.speaker.as_deref()), Some(name), "{body}");
    }
    // A person named with an institution stays the person.
    let a = article("News", "Bank of America chief executive Jane Doe said profits rose.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().and_then(|s| s.speaker.as_deref()), Some("Jane Doe"));
}

#[test]
fn a_whole_quotation_right_after_its_verb_is_direct() {
    for text in [
        "Jane Doe declared “What a Super Tuesday!”",
        "Jane Doe said \"I don't know anything about the emails.\"",
        // Lowercase, right after an opening credit and a comma.
        "Jane Doe said, \"as long as we are not breaking any election laws.\"",
        "But, Jane Doe noted, \"while the weapon is beyond them, it is a mistake to rule it out.\"",
    ] {
        let (kind, _, speaker) = one(text);
        assert_eq!(kind, Kind::Direct, "{text}");
        assert!(speaker.is_some(), "{text}");
    }
    // A phrase the writer borrows stays partial.
    let (kind, _, _) = one("Jane Doe called the plan “a disaster” in a speech on Friday.");
    assert_eq!(kind, Kind::Partial);
}

#[test]
fn a_quotation_another_verb_credits_ends_the_reported_clause() {
    let a = article(
        "News",
        "Jane Doe said observers were sent with the marchers, whom she described as \"peaceful,\" for the day.",
    );
    let f = found(&a);
    let reported: Vec<_> = f.iter().filter(|f| f.0 == Kind::Indirect).collect();
    assert_eq!(reported.len(), 1, "{f:#?}");
    assert_eq!(reported[0].1, "observers were sent with the marchers");
    assert_eq!(reported[0].2.as_deref(), Some("Jane Doe"));
}

#[test]
fn reported_speech_in_an_open_clause_ends_at_its_comma() {
    let a = article(
        "News",
        "While she says she will not vote for him, Jane Doe applauds his message on trade.",
    );
    assert_eq!(found(&a)[0].1, "she will not vote for him");
    let a = article(
        "News",
        "Jane Doe, who endorsed him in May and said she would campaign with him, did not show up.",
    );
    let f = found(&a);
    assert!(f.iter().any(|f| f.1 == "she would campaign with him"), "{f:#?}");
    // A short aside in parentheses does not end it.
    let (_, words, _) = one("Jane Doe said Smith leads the race (35-30) after trailing for weeks.");
    assert_eq!(words, "Smith leads the race (35-30) after trailing for weeks");
    // Nor is one cut inside: its ")" stays.
    let (_, words, _) = one("Jane Doe said she will replace Sen. Edward Zorinsky (D-Neb.).");
    assert_eq!(words, "she will replace Sen. Edward Zorinsky (D-Neb.)");
    // An aside between dashes, with the clause going on after it.
    let (_, words, _) =
        one("Jane Doe said closed primaries — those open only to Democrats — deny many the vote.");
    assert_eq!(words, "closed primaries — those open only to Democrats — deny many the vote");
    let (_, words, _) = one("Jane Doe said the plan works — for now.");
    assert_eq!(words, "the plan works");
}

#[test]
fn what_opens_the_reported_clause_is_no_speaker() {
    for body in [
        "Florida delegate Jane Doe, wearing a shirt, said he is proud of the campaign.",
        "The judges who ruled on the laws, for instance, said the problem was the IDs they required.",
    ] {
        let a = article("News", body);
        let s = extract_statements(&a, 0);
        assert!(
            s.iter().all(|s| !matches!(mention(&a, s).as_str(), "he" | "the problem")),
            "{body}: {s:#?}"
        );
    }
    assert_one(
        "Jane Doe said if the senator is elected, she will bring in more money.",
        "if the senator is elected, she will bring in more money",
        "Jane Doe",
    );
}

#[test]
fn a_verb_inside_the_opening_question_reports_nothing() {
    assert_speaker(
        "Asked whether Kovacs had promised more air defence systems, Jane Doe said: “She promised that Europe will not look away.”",
        "Jane Doe",
    );
}

/// The reported clause recorded around the first partial quotation.
fn clause_of_partial(body: &str) -> Option<String> {
    let a = article("News", body);
    let s = extract_statements(&a, 0);
    let p = s.iter().find(|s| s.kind == Kind::Partial)?;
    p.clause.clone().map(|r| p.source_text(&a)[r].to_string())
}

#[test]
fn a_partial_quotation_credited_after_it_keeps_the_clause_before() {
    assert_eq!(
        clause_of_partial(
            "Those who take on debt struggle, even with a \"good\" job, Jane Doe said."
        )
        .as_deref(),
        Some("Those who take on debt struggle, even with a \"good\" job")
    );
    // A full stop inside the quotation does not end the writer's sentence.
    assert_eq!(
        clause_of_partial(
            "Past nominees “were stiff. They weren’t fun” in comparison, Jane Doe said."
        )
        .as_deref(),
        Some("Past nominees “were stiff. They weren’t fun” in comparison")
    );
}

/// Asserts that each body holds one statement, reported speech with these
/// words, credited to someone.
fn assert_reported(cases: &[(&str, &str)]) {
    for (body, words) in cases {
        let (kind, w, speaker) = one(body);
        assert_eq!((kind, w.as_str()), (Kind::Indirect, *words), "{body}");
        assert!(speaker.is_some(), "{body}");
    }
}

#[test]
fn a_promise_or_refusal_reports_its_infinitive() {
    assert_reported(&[
        ("Jane Doe pledged to enact judicial reform.", "to enact judicial reform"),
        ("The ministry declined to comment on the report.", "to comment on the report"),
        ("Jane Doe urged Congress to act before the recess.", "to act before the recess"),
    ]);
    // Not a place or person: "explained to the committee".
    let a = article("News", "Jane Doe explained to the committee how the plan works.");
    assert!(found(&a).iter().all(|f| !f.1.starts_with("to ")), "{:#?}", found(&a));
}

#[test]
fn a_speaker_before_who_without_a_comma() {
    let a = article(
        "News",
        "Voters chose a candidate who has repeatedly pledged to ban all imports from the region.",
    );
    let s = extract_statements(&a, 0);
    // (The mention runs to "who", the verb's subject; the name is the
    // phrase's.)
    assert_eq!(s.first().map(|s| mention(&a, s)).as_deref(), Some("a candidate who"));
    assert_eq!(s.first().and_then(|s| s.speaker.as_deref()), Some("a candidate"));
    // (What the subject is called stands for the subject.)
    let a =
        article("News", "Jane Doe is a candidate who has repeatedly pledged to ban all imports.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().map(|s| mention(&a, s)).as_deref(), Some("Jane Doe"));
    let (_, _, speaker) = one("Jane Doe cannot expect to win the state without him.");
    assert_eq!(speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn a_partial_quotation_keeps_its_reported_clause() {
    for (body, clause) in [
        // The clause ends where the quotation ends the writer's sentence.
        (
            "Jane Doe said she holds her roots “very near and dear to my heart.” She said more.",
            "she holds her roots “very near and dear to my heart.”",
        ),
        // A comma inside the closing mark still sets off the credit.
        (
            "The rift will take time to \"cool off,\" Jane Doe said in an interview.",
            "The rift will take time to \"cool off,\"",
        ),
        ("Jane Doe vowed to \"open up\" libel laws.", "to \"open up\" libel laws"),
        ("He added, that there is a “fair” process for all.", "there is a “fair” process for all"),
        (
            "According to Jane Doe, the plan was “dead on arrival” in the Senate.",
            "the plan was “dead on arrival” in the Senate",
        ),
        (
            "Jane Doe spoke, telling supporters in Columbus, Ohio, that she had \"renewed faith\" in them.",
            "she had \"renewed faith\" in them",
        ),
        // What was called or described and the quotation that names it.
        (
            "Eric Ferrero, whom the police described as \"peaceful,\" left early.",
            "as \"peaceful,\"",
        ),
        // The clause may open inside the quotation.
        (
            "In a poll, 75 percent of voters said \"most people in politics\" cannot be trusted.",
            "most people in politics\" cannot be trusted",
        ),
        // A short aside between the verb and "that".
        (
            "She also said, without evidence, that “they are showing videos” of him.",
            "“they are showing videos” of him",
        ),
    ] {
        assert_eq!(clause_of_partial(body).as_deref(), Some(clause), "{body}");
    }
    // What a quotation closing a sentence follows is not reported speech
    // before the verb: `At one point, X said Y was calling “…”`.
    let a = article("News", "At one point, Jane Doe said they were calling “every 15 minutes.”");
    assert!(found(&a).iter().all(|f| f.1 != "At one point"), "{:#?}", found(&a));
}

#[test]
fn a_participle_describing_a_noun_or_a_work_is_no_statement() {
    for body in [
        "In California, 475 pledged delegates will be at stake on Tuesday.",
        "Jane Doe's ability to navigate a racially charged argument is her first test.",
        "Speaking Sunday on ABC’s “This Week,” Jane Doe admitted nothing.",
        "Jane Doe shared a syllabus for a class called “Perception” on her page.",
        "Jane Doe hosts the weekly show “Last Week Tonight,” and writes a column.",
    ] {
        let a = article("News", body);
        let f = found(&a);
        assert!(f.is_empty(), "{body}: {f:#?}");
    }
}

#[test]
fn what_a_speaker_pointed_to_or_talked_about() {
    assert_reported(&[
        ("Jane Doe pointed to China as the regional enforcer.", "China as the regional enforcer"),
        ("Jane Doe talked about her visit to the border.", "her visit to the border"),
        ("Jane Doe warned against a brokered convention.", "a brokered convention"),
        ("Jane Doe complained about the long lines at the polls.", "the long lines at the polls"),
    ]);
    // Talk as a noun credits nothing.
    let a =
        article("News", "Jane Doe mocked his tough talk, saying: \"The answer is not to yell.\"");
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().map(|s| mention(&a, s)).as_deref(), Some("Jane Doe"));
}

#[test]
fn a_description_and_what_a_speaker_referred_to() {
    let (kind, words, _) = one("Jane Doe described the country as beset by crime.");
    assert_eq!((kind, words.as_str()), (Kind::Indirect, "the country as beset by crime"));
    let a = article("News", "\"We met today,\" Jane Doe said, referring to the committee.");
    let f = found(&a);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].1.as_str(), f[1].2.as_deref()), ("the committee", Some("Jane Doe")));
}

#[test]
fn a_call_for_something_is_a_demand() {
    assert_reported(&[
        (
            "Jane Doe called for a special prosecutor to investigate.",
            "a special prosecutor to investigate",
        ),
        (
            "Jane Doe calls on Congress to act before the recess.",
            "Congress to act before the recess",
        ),
    ]);
    // Other calls are no statements.
    for body in [
        "Jane Doe called her rival to congratulate him.",
        "A group is performing a play called Sons of Trump in Mexico City.",
    ] {
        let a = article("News", body);
        assert!(found(&a).is_empty(), "{body}: {:#?}", found(&a));
    }
}

#[test]
fn the_latest_is_no_headline_speaker() {
    let a = article("The Latest: Cruz to give away engraved shotgun", "The senator spoke.");
    assert!(extract_statements(&a, 0).iter().all(|s| s.kind != Kind::Headline));
    let a = article("Doe: We stay in the alliance", "The senator spoke.");
    assert!(extract_statements(&a, 0).iter().any(|s| s.kind == Kind::Headline));
}

#[test]
fn a_share_of_those_polled_says() {
    let a = article("News", "On terrorism: 47% say the country should send troops; 37% disagree.");
    let f = found(&a);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(
        (f[0].1.as_str(), f[0].2.as_deref()),
        ("the country should send troops", Some("47%"))
    );
}

#[test]
fn a_decline_is_a_refusal_only_with_what_was_declined() {
    let a = article("News", "The load factor declined sharply to 61 pct from 65 pct.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    let (_, words, _) = one("A spokesman declined comment on the sale.");
    assert_eq!(words, "comment on the sale");
    // Nor is "maintains a lead" a claim; "maintains that …" is.
    let a = article("News", "Jane Doe maintains a large lead over her rival in the polls.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    let (_, words, _) = one("Jane Doe maintains that the lead will hold.");
    assert_eq!(words, "the lead will hold");
}

/// Asserts that `body` holds one statement of reported speech: these
/// words, credited to this mention.
fn assert_reported_by(body: &str, words: &str, mention: &str) {
    assert_eq!(reported(body), [(words.to_string(), mention.to_string())], "{body}");
}

#[test]
fn a_second_verb_after_a_quotation_keeps_the_sentence_subject() {
    assert_reported_by(
        "Jane Doe called both rivals \"crazy\" and said the party is bound to lose in November.",
        "the party is bound to lose in November",
        "Jane Doe",
    );
}

#[test]
fn a_partial_quotation_later_in_the_sentence_joins_the_clause() {
    assert_eq!(
        clause_of_partial(
            "Jane Doe says that voters want a leader, but instead the mayor is giving them \"lectures and distractions.\""
        )
        .as_deref(),
        Some(
            "voters want a leader, but instead the mayor is giving them \"lectures and distractions.\""
        )
    );
}

#[test]
fn a_credit_after_a_quotation_names_the_person_before_the_apposition() {
    let body = "Guns are \"the ultimate crisis\" and \"stunt growth,\" Jane Doe, the former governor, said.";
    assert_eq!(
        clause_of_partial(body).as_deref(),
        Some("Guns are \"the ultimate crisis\" and \"stunt growth,\"")
    );
    let a = article("News", body);
    let s = extract_statements(&a, 0);
    assert!(s.iter().all(|s| mention(&a, s) == "Jane Doe"), "{s:#?}");
}

#[test]
fn a_lowercase_quotation_after_the_writers_words_is_partial() {
    // After the writer's own words the quotation finishes their sentence.
    let a = article(
        "News",
        "Jane Doe spoke on Monday. An economic downturn, she said, \"could be a good time to borrow.\"",
    );
    assert!(extract_statements(&a, 0).iter().all(|s| s.kind != Kind::Direct));
}

#[test]
fn a_colon_opens_a_quotation_of_its_own() {
    let a = article(
        "News",
        "Conceding a deal may come \"down the line\" she warned: \"It is not going to happen soon.\"",
    );
    let f = found(&a);
    assert!(
        f.iter().any(|(k, w, _)| *k == Kind::Direct && w == "It is not going to happen soon."),
        "{f:#?}"
    );
}

#[test]
fn a_speaker_before_an_aside_between_dashes() {
    assert_reported_by(
        "Jane Doe — a teacher from Mount Pleasant — says she made a last-minute decision.",
        "she made a last-minute decision",
        "Jane Doe",
    );
}

#[test]
fn a_share_set_off_by_commas_says() {
    assert_reported_by(
        "A third of independents, 33%, say they feel that way.",
        "they feel that way",
        "A third of independents",
    );
    assert_reported_by(
        "Yet economists, like their rivals, say taxing consumption encourages saving.",
        "taxing consumption encourages saving",
        "economists",
    );
}

#[test]
fn as_a_source_noted_the_sentence_after_it_is_reported() {
    assert_reported_by(
        "But as Jane Doe noted, those voters will give him a second look.",
        "those voters will give him a second look",
        "Jane Doe",
    );
    assert!(reported("As of the last fundraising report, Doe had raised $293,565.").is_empty());
}

#[test]
fn a_thing_endorsed_or_opposed_ends_where_the_writer_goes_on() {
    assert_reported(&[
        ("Democrats opposed it because it fell far short of the request.", "it"),
        (
            "Jane Doe endorsed the former governor, who represents a rural district.",
            "the former governor",
        ),
    ]);
    // A clause is not cut so: "said …, but …" stays as it was.
    assert_reported(&[(
        "Jane Doe said the talks would resume because both sides want a deal.",
        "the talks would resume because both sides want a deal",
    )]);
}

#[test]
fn a_day_between_a_promise_and_its_infinitive() {
    assert_reported(&[
        ("Jane Doe promised Monday to begin taking action.", "to begin taking action"),
        // A relative "that" after the infinitive does not open the clause.
        (
            "Jane Doe vowed to take the fight to the states that have not voted.",
            "to take the fight to the states that have not voted",
        ),
    ]);
    // Nor when the infinitive opens with a quotation.
    assert_eq!(
        clause_of_partial(
            "Jane Doe vowed to \"take our fight\" to the states that have not voted."
        )
        .as_deref(),
        Some("to \"take our fight\" to the states that have not voted")
    );
}

#[test]
fn a_noun_after_a_possessive_or_a_sum_or_a_fall_is_no_cue() {
    for body in [
        "Jane Doe's remarks also stand out because she has a stake in the case.",
        "By morning, the campaign's efforts added up to a series of conflicting explanations.",
        "Labor laws would toughen, student debt would decline, and health care would improve.",
        "Jane Doe found herself quickly back on the street.",
        "Hundreds more showed up to hear Jane Doe address demonstrators.",
    ] {
        let a = article("News", body);
        assert!(found(&a).is_empty(), "{body}: {:#?}", found(&a));
    }
    // "'s" for "has" leaves the verb a verb.
    assert_eq!(reported("He's said the same thing at every stop.").len(), 1);
}

#[test]
fn a_speaker_before_a_spaced_hyphen_aside_or_a_long_apposition() {
    assert_reported_by(
        "The three scholars - Jane Doe, John Roe and Ann Poe - agreed there are qualified candidates.",
        "there are qualified candidates",
        "The three scholars",
    );
    assert_reported_by(
        "Jane Doe, ranking member of the House education committee and one of the bill's chief negotiators, said she fully supports the compromise.",
        "she fully supports the compromise",
        "Jane Doe",
    );
}

#[test]
fn an_inverted_credit_or_a_closing_colon_is_no_content() {
    assert_reported_by(
        "Jane Doe warned the Chinese leader, Xi Jinping, during their meeting not to invoke an air defense zone, said an American official who was briefed on the details.",
        "Jane Doe warned the Chinese leader, Xi Jinping, during their meeting not to invoke an air defense zone",
        "an American official",
    );
    // "he said:" introduces what follows, not the words before it.
    assert!(
        reported(
            "Jane Doe had no kind words. In a speech last July, she said:\n\nLet no one be fooled."
        )
        .is_empty()
    );
}

#[test]
fn a_reporting_verb_as_the_last_word_is_read_safely() {
    read_safely(&[
        "Sales declined",
        "The results showed",
        "Jane Doe vowed",
        "Costs added",
        "It was found",
    ]);
}

#[test]
fn a_speaker_before_who_and_a_double_hyphen_aside() {
    assert_reported_by(
        "The law drew fire from powerful teachers unions who said the law punished them.",
        "the law punished them",
        "powerful teachers unions who",
    );
    assert_reported_by(
        "The justice -- who has been in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks.",
        "she regretted her remarks",
        "The justice",
    );
}

#[test]
fn a_pronoun_or_a_plain_noun_credit_keeps_its_speaker() {
    assert_reported_by(
        "Banks would be offered payments in Philippine Investment Notes, PINs, bankers explained.",
        "Banks would be offered payments in Philippine Investment Notes, PINs",
        "bankers",
    );
}

#[test]
fn a_given_name_tells_whom_he_or_she_can_mean() {
    // (The first "she" after Robert Roe is named is no clue to his gender.)
    let s = speakers(
        "Ann Poe, a Democrat, did not mention her rival, Robert Roe, by name. But she said the country needed a steady hand.",
    );
    assert_eq!(s, [Some("Ann Poe".to_string())]);
}

#[test]
fn he_or_she_is_the_subject_of_the_sentence_before_rather_than_an_earlier_speaker() {
    let s = speakers(
        "John Doe said the race was far from over.\n\nThe state primary is playing a key role.\n\nRobert Roe has a decisive lead in the polls ahead of the primary. He said his business had grown into the heart of Manhattan.",
    );
    assert_eq!(s, [Some("John Doe".to_string()), Some("Robert Roe".to_string())]);
    // A name in what was said is no subject: the speaker stays.
    let s = speakers(
        "John Doe set out his plans on Monday.\n\nMr Roe has failed to tackle these problems, he claimed.",
    );
    assert_eq!(s, [Some("John Doe".to_string())]);
}

#[test]
fn an_honorific_picks_among_people_of_one_surname() {
    assert_one(
        "Bill Poe and Mary Poe arrived together.\n\n\"We are glad to be here,\" Mrs. Poe said.",
        "We are glad to be here,",
        "Mary Poe",
    );
}

#[test]
fn a_clause_ends_before_but_and_another_verb() {
    assert_reported_by(
        "John Doe said in politics it takes time to build those relationships but added, \"I strongly support the speaker.\"",
        "it takes time to build those relationships",
        "John Doe",
    );
}

#[test]
fn a_quantity_after_the_verb_opens_the_clause() {
    assert_reported(&[
        (
            "The budget office said about half of the higher adjustment reflected revenue losses.",
            "about half of the higher adjustment reflected revenue losses",
        ),
        (
            "The pollster said nearly 40 percent of voters had made up their minds.",
            "nearly 40 percent of voters had made up their minds",
        ),
    ]);
}

#[test]
fn a_work_s_name_in_quote_marks_does_not_break_the_clause() {
    assert_eq!(
        clause_of_partial(
            "Jane Doe said on ABC's \"This Week\" that she would \"take a look\" at such legislation, which would give the police more power.",
        )
        .as_deref(),
        Some("she would \"take a look\" at such legislation"),
    );
}

#[test]
fn according_to_after_a_colon_or_a_parenthesis() {
    assert_reported_by(
        "It has not gone unnoticed: According to recent polls, John Doe holds only 14 percent of the vote.",
        "John Doe holds only 14 percent of the vote",
        "recent polls",
    );
    assert_reported_by(
        "Skaters get tickets. (According to the city police, it does not keep statistics on violations.)",
        "it does not keep statistics on violations",
        "the city police",
    );
}

#[test]
fn a_day_or_a_week_between_the_speaker_and_the_verb_is_no_part_of_the_name() {
    assert_one(
        "Democratic candidate Jane Doe on Tuesday said that the violence was genocide.",
        "the violence was genocide",
        "Jane Doe",
    );
    assert_one("Jane Doe last week said the plan was dead.", "the plan was dead", "Jane Doe");
}

#[test]
fn a_noun_like_verb_before_a_clause_s_subject_and_verb_reports() {
    assert_reported_by(
        "It is a critical state. Polls there show Jane Doe is trailing John Roe ahead of the vote.",
        "Jane Doe is trailing John Roe ahead of the vote",
        "Polls there",
    );
    assert_reported_by(
        "Exit polling shows she won 83 percent of voters under 30.",
        "she won 83 percent of voters under 30",
        "Exit polling",
    );
    assert_reported_by(
        "The review shows most of the hours were for campaign travel.",
        "most of the hours were for campaign travel",
        "The review",
    );
    // A pronoun after another such noun opens a relative clause.
    assert_eq!(
        reported("Jane Doe cited the fears it inspires. She repeated remarks he made."),
        [("the fears it inspires".to_string(), "Jane Doe".to_string())]
    );
}

#[test]
fn a_day_after_a_participle_is_no_speaker() {
    assert_one(
        "A Wall Street Journal article published Friday found no record of the class.",
        "no record of the class",
        "a Wall Street Journal article",
    );
}

#[test]
fn what_someone_called_someone() {
    assert_reported_by(
        "John Roe calls himself a democratic socialist.",
        "himself a democratic socialist",
        "John Roe",
    );
    assert_reported_by(
        "Jane Doe worked with him for years and called him a pragmatic and effective strategist.",
        "him a pragmatic and effective strategist",
        "Jane Doe",
    );
    assert_reported_by(
        "Critics call it the enforcement of political correctness.",
        "it the enforcement of political correctness",
        "Critics",
    );
    // Not a thing's name, a call back, nor a quotation's clause.
    for body in [
        "The story came from a website called Real News Right Now, which posts fake news.",
        "Jane Doe called him back on Monday.",
    ] {
        assert!(reported(body).is_empty(), "{body}");
    }
    assert_eq!(
        clause_of_partial("Jane Doe called him \"weak\" on Monday.").as_deref(),
        Some("him \"weak\" on Monday")
    );
}

#[test]
fn a_think_tank_thinks_nothing() {
    let (kind, _, speaker) = one(
        "\"We may see a resurgence of budget hawks,\" said John Roe, co-director of the Center for Economic Research, a liberal think tank.",
    );
    assert_eq!((kind, speaker.as_deref()), (Kind::Direct, Some("John Roe")));
}

#[test]
fn according_to_inside_the_sentence_it_credits() {
    // The words on both sides of the credit are what the source reported.
    assert_reported_by(
        "Since last November, according to Human Rights Watch, state forces have killed more than 400 protesters.",
        "Since last November state forces have killed more than 400 protesters",
        "Human Rights Watch",
    );
    assert_reported_by(
        "One of the decisions they made, according to a campaign aide, is to attack the foundation.",
        "One of the decisions they made is to attack the foundation",
        "a campaign aide",
    );
    // Not what follows a whole clause: more about the source.
    assert_reported_by(
        "They turn out at lower rates during primaries, according to Andrew Smith, director of the survey center.",
        "They turn out at lower rates during primaries",
        "Andrew Smith",
    );
    // After a dash, and the source ends where the sentence goes on (the
    // data's maker is who speaks).
    assert_reported_by(
        "In 2014, the town had 115 violent crimes — including robbery — according to data from the FBI.",
        "In 2014, the town had 115 violent crimes — including robbery",
        "the FBI",
    );
}

#[test]
fn whom_and_when_someone_told_is_no_content() {
    assert_reported_by(
        "The force will assist the Kurds, Defense Secretary Jane Doe told a Senate panel Wednesday.",
        "The force will assist the Kurds",
        "Defense Secretary Jane Doe",
    );
    assert_reported_by(
        "Output will fall next year, John Doe told the annual conference.",
        "Output will fall next year",
        "John Doe",
    );
    // (What was told may still be a thing: "told a joke".)
    assert_reported_by("At the dinner, John Doe told a joke.", "a joke", "John Doe");
}

/// Kind, words and speaker mention of every statement in `body`.
fn credited(body: &str) -> Vec<(Kind, String, String)> {
    let a = article("News", body);
    extract_statements(&a, 0).iter().map(|s| (s.kind, s.text(&a), mention(&a, s))).collect()
}

#[test]
fn the_subject_of_a_clause_after_the_verb_is_not_the_speaker_of_its_quotation() {
    // "said the convention could be …": the clause's subject; the speaker
    // is the sentence's, past a long aside.
    assert_eq!(
        credited(
            "Minnesota delegate Mary Susan, clad in a red cape with lights that formed the name Trump, said the convention could be a “failure” if Trump fails."
        ),
        [(Kind::Partial, "failure".into(), "Minnesota delegate Mary Susan".into())]
    );
    // A verb nearer the quotation with a phrase after it is no credit: the
    // verb before it is.
    assert_eq!(
        credited(
            "Jane Doe said she would like Trump to explain his stance on abortion but backs him because there is \"no question\" he is the better choice."
        ),
        [(Kind::Partial, "no question".into(), "Jane Doe".into())]
    );
    // A plain noun phrase before the verb, as reported speech takes it.
    assert_eq!(
        credited(
            "Lawyers for news organisations said it was \"really vital\" for the answers to be public."
        ),
        [(Kind::Partial, "really vital".into(), "Lawyers for news organisations".into())]
    );
    // (Still "Said Rutte:" before a quotation.)
    assert_eq!(
        credited("Said Jane Doe: \"We will meet again.\""),
        [(Kind::Direct, "We will meet again.".into(), "Jane Doe".into())]
    );
}

#[test]
fn a_subject_past_a_long_aside_reports_the_clause_after_the_verb() {
    assert_reported_by(
        "Jane Doe, who doggedly stayed in the 2008 primary contest against John Roe until June despite his insurmountable delegate lead and calls for her to bow out, has said she will not call on John Doe to withdraw.",
        "she will not call on John Doe to withdraw",
        "Jane Doe",
    );
    // (Not a subject with a verb of its own before an inverted credit.)
    assert_reported_by(
        "Acme Corp, a unit of Beta Corp, is raising 250 mln dlrs through a note offering, said lead manager Jane Doe.",
        "Acme Corp, a unit of Beta Corp, is raising 250 mln dlrs through a note offering",
        "lead manager Jane Doe",
    );
    // The auxiliary before the verb is no part of a loose subject.
    assert_reported_by(
        "Rover bosses have said they are confident the deal would be signed.",
        "they are confident the deal would be signed",
        "Rover bosses",
    );
}

#[test]
fn a_question_after_the_verb_is_the_clause_it_reports() {
    assert_reported_by(
        "Jane Doe explained how tough it is to run for office.",
        "how tough it is to run for office",
        "Jane Doe",
    );
    assert_reported_by(
        "John Doe questioned whether the server broke the records law.",
        "whether the server broke the records law",
        "John Doe",
    );
}

#[test]
fn a_promise_credits_the_quotation_in_its_infinitive() {
    assert_eq!(
        credited(
            "Jane Doe pledged to oppose legal status for undocumented immigrants “today, tomorrow, forever.”"
        ),
        [(Kind::Partial, "today, tomorrow, forever.".into(), "Jane Doe".into())]
    );
    let a = article(
        "News",
        "Jane Doe pledged to oppose legal status for undocumented immigrants “today, tomorrow, forever.”",
    );
    let s = &extract_statements(&a, 0)[0];
    assert_eq!(s.cue, Some("pledged"));
}

#[test]
fn but_that_goes_on_with_what_was_reported() {
    assert_reported_by(
        "Jane Doe said the talks had stalled, but that she would return in March.",
        "the talks had stalled, but that she would return in March",
        "Jane Doe",
    );
    // ("that" opening the writer's own clause still ends it.)
    assert_reported_by(
        "Jane Doe said the talks had stalled for weeks, but that group was still hopeful.",
        "the talks had stalled for weeks",
        "Jane Doe",
    );
    // (", and that …" too, with a verb inside it that is no other
    // attribution.)
    assert_statements(
        "Jane Doe said the mayor called her twice, and that she told him she was away.",
        &[("the mayor called her twice, and that she told him she was away", Some("Jane Doe"))],
    );
}

#[test]
fn a_tv_show_shows_nothing() {
    let a = article(
        "News",
        "Jane Doe, who starred on the reality TV show, \"The Apprentice,\" went on to work for him.",
    );
    assert_eq!(found(&a), []);
    assert_eq!(
        reported("Talk show host Jane Doe said he would not have written it himself."),
        [("he would not have written it himself".to_string(), "host Jane Doe".to_string())]
    );
}

#[test]
fn acronyms_and_names_among_role_words_keep_their_capitals() {
    assert_speaker("The EU has announced it will start accession talks with Croatia.", "EU");
    assert_speaker("Later, U.S. officials said the talks would resume in March.", "U.S. officials");
    assert_speaker("The Times reported that the firm had drawn up a list.", "Times");
    assert_speaker("According to the Independent, he will resign.", "Independent");
    assert_speaker("According to the Economist, the plan will fail.", "Economist");
    // (A role word opening a sentence still reads as one.)
    assert_speaker("Analysts said the bank would cut rates again.", "analysts");
}

#[test]
fn a_noun_predicated_of_the_subject_stands_for_it_before_who() {
    assert_speaker(
        "Editor’s note: John Doe is a serial liar, rampant xenophobe and birther who has repeatedly pledged to ban all visitors.",
        "John Doe",
    );
    // (A cleft's "it" is no one: "It was X who …" is X.)
    assert_speaker(
        "It was the International Olympic Committee who demanded the IAAF investigate the affair.",
        "International Olympic Committee",
    );
}

#[test]
fn q_and_a_in_an_interview_name_no_one() {
    let a = article(
        "News",
        "The interview follows.\n\nQ: Your mother was deported twice.\n\nA: She was so desperate to get to me.",
    );
    let f = found(&a);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert!(f.iter().all(|(_, _, speaker)| speaker.is_none()), "{f:#?}");
    // (The line still points at the letter that marks it.)
    let s = extract_statements(&a, 0);
    assert_eq!(mention(&a, &s[1]), "A");
}

#[test]
fn a_dateline_and_a_long_opening_are_no_subject() {
    assert_speaker(
        "WASHINGTON, Dec. 8 (UPI) — In response to John Roe’s proposal to bar visitors from entering the United States, Jane Doe rallied supporters, saying: “We have to be ready to stop him.”",
        "Jane Doe",
    );
    assert_speaker(
        "TALLAHASSEE — Jane Doe toured the plant on Monday, praising its “work horse” staff.",
        "Jane Doe",
    );
}

#[test]
fn a_dateline_is_no_subject_of_a_verb_and_a_place_in_any_case_may_open_one() {
    // (A verb's subject, not only a participle's.)
    assert_one(
        "PARIS, Aug 31 (Reuters) - Marine Le Pen voiced support for the plan on Wednesday.",
        "support for the plan",
        "Marine Le Pen",
    );
    // (A place not in capitals, before an agency's parentheses.)
    assert_one(
        "New York (AFP) – Vice President Joe Biden hit the campaign trail on Monday, accusing him of endangering the lives of US troops.",
        "him of endangering the lives of US troops",
        "Joe Biden",
    );
    // (Not a hyphen inside a word: "U.S.-based" opens no dateline.)
    assert_one(
        "U.S.-Japanese talks of this kind are held each year at this time, Phyllis Oakley said.",
        "U.S.-Japanese talks of this kind are held each year at this time",
        "Phyllis Oakley",
    );
}

#[test]
fn unless_otherwise_stated_is_no_statement() {
    // (Past a dateline-like table head, it could have had a subject.)
    assert!(
        words("FRENCH METALS - APR 7 In francs per 100 kilos unless otherwise stated Tin Straits unq Lead 316 Zinc 495").is_empty()
    );
}

#[test]
fn a_credit_set_off_inside_the_sentence_with_a_day_or_a_loose_subject() {
    assert_reported_by(
        "Acme created the tool to help in a crisis, a spokeswoman said on Saturday, and it has used it five times.",
        "Acme created the tool to help in a crisis and it has used it five times",
        "a spokeswoman",
    );
    assert_reported_by(
        "At times last year, people close to the minister said, the mere mention of her name could make him fume.",
        "At times last year the mere mention of her name could make him fume",
        "people close to the minister",
    );
    // (A verb that ends the text reports nothing after it.)
    assert_eq!(reported("The plan, she said"), []);
}

#[test]
fn what_a_poll_found_when_a_sentence_opens_with_it() {
    assert_reported_by(
        "In a new CBS News poll, conducted March 11-13, Jane Doe led John Roe 56 percent to 32 percent.",
        "Jane Doe led John Roe 56 percent to 32 percent",
        "a new CBS News poll",
    );
    // (Not a statement's or a report's author: theirs is the verb.)
    assert_reported_by(
        "In a statement, the company said it would cut jobs.",
        "it would cut jobs",
        "the company",
    );
    assert_eq!(reported("In its latest report, the OECD cut its growth forecasts."), []);
    assert_eq!(reported("In a survey, it discovered that rates could vary widely."), []);
    // Whom a poll found ahead, a poll with no article, a longer name.
    assert_reported_by(
        "In a new CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
        "she led Mr. Sanders 56 percent to 32 percent",
        "a new CBS News poll",
    );
    assert_reported_by(
        "In exit polls, voters in both parties were unhappy with the federal government.",
        "voters in both parties were unhappy with the federal government",
        "exit polls",
    );
    assert_reported_by(
        "In the most recent YouGov/Economist survey, most voters were unhappy.",
        "most voters were unhappy",
        "the most recent YouGov/Economist survey",
    );
    // A poll put out on a day: what it found after the day.
    assert_one(
        "A poll released on Wednesday found Clinton leads Trump by 15 points.",
        "Clinton leads Trump by 15 points",
        "a poll",
    );
    assert_statements(
        "Trump did not at any time Thursday mention requesting a donation from Fox.",
        &[],
    );
}

#[test]
fn a_long_apposition_after_the_quotation_keeps_the_name_as_speaker() {
    assert_eq!(
        credited(
            "“We’ve had better conventions than this one,” Texas delegate Jane Doe, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell."
        ),
        [(
            Kind::Direct,
            "We’ve had better conventions than this one,".into(),
            "Texas delegate Jane Doe".into()
        )]
    );
    assert_speaker(
        "“Very good reporter, this guy,” John Roe, the frontrunner nationally and current polling leader in South Carolina by a wide margin, said on Monday.",
        "John Roe",
    );
}

#[test]
fn a_credit_line_or_a_flag_before_a_colon_is_no_speaker() {
    let a = article(
        "News",
        "The vote is on Tuesday.\n\nBreaking: Federal Judge Just Gave Jane Doe Some Bad News\n\nContributing: John Roe, Medill News Service",
    );
    assert_eq!(found(&a), []);
    // (An organisation is one: "Judicial Watch: …".)
    let a = article("News", "Judicial Watch: State Department Hid Key Email For Years");
    assert_eq!(found(&a).len(), 1, "{:#?}", found(&a));
}

#[test]
fn a_title_the_text_repeats_is_one_statement() {
    let a = article(
        "Jane Doe: We will stay in Kyiv",
        "Jane Doe: We will stay in Kyiv.\n\nShe spoke on Monday.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].kind, Kind::Headline);
    assert_eq!(s[0].text(&a), "We will stay in Kyiv");
    assert_eq!(s[0].field, onrecord::extract::Field::Text);
    // (A title of its own stays the title's.)
    let a = article("Jane Doe: We will stay in Kyiv", "She spoke on Monday.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.iter().map(|s| s.field).collect::<Vec<_>>(), [onrecord::extract::Field::Title]);
}

#[test]
fn a_participle_before_a_date_or_after_an_ordinal_reports_nothing() {
    let a = article(
        "News",
        "An additional 76,300 tonnes remain available under the initiative announced December 10, 1986, it said.",
    );
    assert!(found(&a).iter().all(|f| !f.1.starts_with("December")), "{:#?}", found(&a));
    let a = article("News", "The last confirmed attack on shipping was on March 8.");
    assert_eq!(found(&a), []);
    // (A month opening a clause is no date: "reported January retail sales
    // fell …".)
    assert_reported_by(
        "The department reported January retail sales fell 5.8 pct.",
        "January retail sales fell 5.8 pct",
        "The department",
    );
}

#[test]
fn an_organisation_before_a_persons_name_is_no_part_of_it() {
    assert_speaker(
        "Supplies will grow, senior analyst for Merrill Lynch Capital Markets Mario Balletto said.",
        "Mario Balletto",
    );
    assert_speaker(
        "Agriculture Undersecretary Daniel Amstutz said the program would continue.",
        "Daniel Amstutz",
    );
    // (A second given name is the name's: "Jorge Antonio Villasenor Llamas".)
    assert_speaker(
        "Jorge Antonio Villasenor Llamas said the plant would reopen.",
        "Jorge Antonio Villasenor Llamas",
    );
}

#[test]
fn whom_someone_told_is_never_the_speaker() {
    assert_eq!(
        credited(
            "\"Everything is going digital,\" Jane Doe from the Consumer Electronics Association, told the BBC News website."
        ),
        [(Kind::Direct, "Everything is going digital,".into(), "Jane Doe".into())]
    );
    // (An inverted credit with another verb still names its speaker.)
    assert_reported_by(
        "Millions of workers could strike if ministers scrap their pensions, warn union leaders.",
        "Millions of workers could strike if ministers scrap their pensions",
        "union leaders",
    );
}

#[test]
fn whom_someone_told_may_be_a_long_phrase_before_that() {
    assert_reported_by(
        "Jane Doe told farmers at the annual farm outlook conference that the world supply of oils would fall.",
        "the world supply of oils would fall",
        "Jane Doe",
    );
    // (Nor a noun's "that".)
    assert_reported_by(
        "The board urged rejection of the offer on the grounds that it is inadequate.",
        "rejection of the offer on the grounds that it is inadequate",
        "The board",
    );
    // (Not a relative "that": what was told is the whole phrase.)
    assert_reported_by(
        "Jane Doe tells stories in a plain manner that people can relate to.",
        "stories in a plain manner that people can relate to",
        "Jane Doe",
    );
    assert_reported_by(
        "Jane Doe told stories in a plain manner that people can relate to.",
        "stories in a plain manner that people can relate to",
        "Jane Doe",
    );
}

#[test]
fn according_to_after_a_short_opening() {
    assert_reported_by(
        "The implication, according to the aide, is that the rival cheated during the break.",
        "The implication is that the rival cheated during the break",
        "the aide",
    );
    // (After a connective, only what follows.)
    assert_reported_by(
        "In addition, according to the department, nearly nine million workers will be protected.",
        "nearly nine million workers will be protected",
        "the department",
    );
    // (And a percentage keeps its sign.)
    assert_reported_by("IBM, according to Jane Doe, has 30%.", "IBM has 30%", "Jane Doe");
}

#[test]
fn a_credit_that_goes_on_with_adding_reports_the_words_before_it() {
    assert_eq!(
        reported("The two will meet next week, Jane Doe said, adding that they need a long talk."),
        [
            ("The two will meet next week".to_string(), "Jane Doe".to_string()),
            ("they need a long talk".to_string(), "Jane Doe".to_string()),
        ]
    );
}

#[test]
fn the_company_after_a_company_spoke_is_that_company() {
    assert_eq!(
        speakers(
            "Avery International Corp said its board authorized a stock split.\n\nThe company said the split will be paid in March."
        ),
        [
            Some("Avery International Corp".to_string()),
            Some("Avery International Corp".to_string())
        ]
    );
    // (Past someone else's statement too, but not a description: "a US
    // bank".)
    assert_eq!(
        speakers(
            "Acme Group said it would sue.\n\n\"We will fight,\" said Jane Doe, a lawyer.\n\nBut the company has said it intends to act."
        )[2],
        Some("Acme Group".to_string())
    );
    assert_eq!(
        speakers("A US bank said it would pay.\n\nThe bank said the fund would open in May.")[1],
        Some("bank".to_string())
    );
}

#[test]
fn a_second_verb_after_a_quotation_keeps_the_sentence_speaker() {
    let a = article(
        "News",
        "Lindsey Graham said that Carson is a “good, decent man,” and said that Trump “melted down last night.”",
    );
    let f = found(&a);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].1, "melted down last night.");
    assert_eq!(f[1].2.as_deref(), Some("Lindsey Graham"));
    // (The subject of the verb it is coordinated with, not the sentence's.)
    let a = article(
        "News",
        "And the trade pact, which Jane Doe had called a “disaster” and promised to “rip up”? She spoke of other things.",
    );
    let f = found(&a);
    assert_eq!(
        f.last().map(|s| (s.1.as_str(), s.2.as_deref())),
        Some(("rip up", Some("Jane Doe"))),
        "{f:#?}"
    );
}

#[test]
fn a_statement_with_no_speaker_keeps_its_cue() {
    let a = article("News", "Also announced was that the plant will close in May.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!((s[0].speaker.as_deref(), s[0].cue), (None, Some("announced")));
}

#[test]
fn reported_speech_ends_where_another_speaker_reports() {
    assert_eq!(
        reported(
            "Some senators said they will not attend the convention and others have said they are not interested in speaking."
        ),
        [
            ("they will not attend the convention".to_string(), "Some senators".to_string()),
            ("they are not interested in speaking".to_string(), "others".to_string()),
        ]
    );
    // (Not a list of names: "Tapper, Bash and Blitzer had mentioned it".)
    assert_eq!(
        reported("Jane Doe said that Smith, Jones and Brown had mentioned it on television.")[0].0,
        "Smith, Jones and Brown had mentioned it on television"
    );
}

#[test]
fn an_adverb_in_ly_between_subject_and_verb_is_no_part_of_the_speaker() {
    assert_speaker("Analysts mostly believe the price is fully valued.", "analysts");
    assert_speaker(
        "Jane Doe similarly warned that officers she has spoken with “understand that we have no strategy.”",
        "Jane Doe",
    );
    // (A noun in "-ly" after a determiner is the speaker: "the family".)
    assert_speaker("The family said the funeral will be private.", "family");
}

#[test]
fn a_connective_aside_between_subject_and_verb_is_skipped() {
    assert_eq!(
        reported(
            "Experts and U.S. officials, however, said they believed Russia engineered the release."
        ),
        [(
            "they believed Russia engineered the release".to_string(),
            "Experts and U.S. officials".to_string()
        )]
    );
}

#[test]
fn a_relative_pronoun_that_reports_is_part_of_the_mention() {
    let a = article(
        "News",
        "Other candidates like Donald Trump, who suggested the fight could be left to Russia, are wrong.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(mention(&a, &s[0]), "Donald Trump, who");
    assert_eq!(s[0].speaker.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_sentence_adverb_is_never_the_speaker() {
    let (_, _, speaker) = one(
        "Likewise, a paper from the Brookings Institution had this to say about his plan: “Families from the top half would receive more.”",
    );
    assert_eq!(speaker.as_deref(), Some("a paper"));
}

#[test]
fn a_time_phrase_between_subject_and_verb_is_no_speaker() {
    let a = article(
        "News",
        "Jane Doe, who has in the past described the plan as “a disaster,” said she would vote for it.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.first().and_then(|s| s.speaker.as_deref()), Some("Jane Doe"), "{s:#?}");
    assert_speaker("Jane Doe at the time said the plan was sound.", "Jane Doe");
}

#[test]
fn what_a_speaker_says_someone_thinks_is_the_speakers() {
    let body = "Jane Doe said she opposes “accounting gimmicks” and privatization.";
    assert_eq!(direct_mention(body), None);
    let a = article("News", body);
    let s = extract_statements(&a, 0);
    assert_eq!(s.iter().map(|s| mention(&a, s)).collect::<Vec<_>>(), ["Jane Doe"]);
    // (Not what someone else said: "sources said he said “…”" is his.)
    let a = article("News", "Jane Doe spoke. Sources said he said “no more deals” to officials.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.iter().map(|s| mention(&a, s)).collect::<Vec<_>>(), ["he"]);
}

#[test]
fn a_statement_saying_is_its_authors() {
    assert_reported_by(
        "Shortly afterward, Jane Doe issued a statement saying that the Senate should wait.",
        "the Senate should wait",
        "Jane Doe",
    );
}

#[test]
fn a_participle_as_an_adjective_reports_nothing() {
    assert_eq!(
        reported("Acme Corp said it completed its previously announced sale of the plant."),
        [(
            "it completed its previously announced sale of the plant".to_string(),
            "Acme Corp".to_string()
        )]
    );
    let a = article("News", "The hole is 460 feet east of the previously reported first hole.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    // (Nor a bare infinitive after "help": "helped add momentum".)
    let a = article("News", "The articles had helped add momentum to an investigation.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn a_negated_do_is_no_part_of_the_speaker() {
    let a = article("News", "Jane Doe spoke after the match. I don't think the pace was great.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.iter().map(|s| mention(&a, s)).collect::<Vec<_>>(), ["I"]);
}

#[test]
fn a_passive_past_an_adverb_and_a_participle_after_than_report_nothing() {
    for body in [
        "The Bank of France is widely expected to give a signal to the market next week.",
        "Growth was slower than expected in February, figures showed nothing new.",
        "During the bombing of alleged terrorist targets, France refused passage.",
    ] {
        let a = article("News", body);
        assert!(found(&a).iter().all(|f| f.2.as_deref() != Some("Bank of France")), "{body}");
        assert!(
            found(&a).iter().all(|f| !f.1.starts_with("to give")
                && !f.1.starts_with("terrorist")
                && !f.1.starts_with("in February")),
            "{body}: {:#?}",
            found(&a)
        );
    }
    // (Not an active verb past "not" and an adverb.)
    assert_speaker(
        "The United States has not publicly accused Russia of the hack.",
        "United States",
    );
}

#[test]
fn a_speaker_phrase_ends_before_its_relative_pronoun() {
    let a = article("News", "The vote was a blow to organizations that endorsed Jane Doe in May.");
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(s[0].speaker.as_deref().is_some_and(|n| n.ends_with("organizations")), "{s:#?}");
    assert!(mention(&a, &s[0]).ends_with("organizations that"), "{s:#?}");
}

#[test]
fn a_participle_set_off_after_its_noun_reports_nothing() {
    let a = article(
        "News",
        "The election, widely expected to be held on 5 May, will decide the budget.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    let a = article("News", "The following proposed securities offerings were filed recently.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn a_party_or_an_agency_keeps_its_capitals() {
    assert_speaker("Democrats said the deficit had been caused by the dollar.", "Democrats");
    assert_speaker("USDA said the crop will be smaller this year.", "USDA");
    // (A role stays a common noun: "Analysts said" is analysts.)
    assert_speaker("Analysts said the crop will be smaller this year.", "analysts");
}

#[test]
fn a_loose_speaker_is_named_without_the_clause_before_it_or_its_adverbs() {
    assert_speaker(
        "The stock market was easier at midsession but brokers said buying interest was thin.",
        "brokers",
    );
    assert_speaker(
        "Muslim groups have repeatedly claimed their communities are being victimised.",
        "Muslim groups",
    );
    // (A name is kept whole: "Russell Long".)
    assert_speaker("Senator Russell Long said the bill would pass.", "Russell Long");
}

#[test]
fn an_aside_between_the_verb_and_its_clause_subject() {
    assert_one(
        "Jane Doe says, win or lose in Tuesday’s primary, she’s staying in the race.",
        "win or lose in Tuesday’s primary, she’s staying in the race",
        "Jane Doe",
    );
    // (After whom someone told, the aside is theirs.)
    assert_one(
        "Jane Doe told Rep. John Roe, an Illinois Democrat, she backed parts of the bill.",
        "she backed parts of the bill",
        "Jane Doe",
    );
    // (Not a parenthetical credit: "a preliminary estimate, the company
    // said, it …".)
    let a = article(
        "News",
        "While this is a preliminary estimate, the company said, it may be used by shareholders.",
    );
    assert!(found(&a).iter().all(|f| f.1 != "the company said"), "{:#?}", found(&a));
}

#[test]
fn a_long_parenthesis_after_a_name_is_no_part_of_it() {
    assert_one(
        "Sen. Jane Doe (a Connecticut Democrat so young she has been mistaken for a staffer) says she was adrift after the election.",
        "she was adrift after the election",
        "Jane Doe",
    );
}

#[test]
fn a_one_word_name_past_an_aside_of_circumstance() {
    assert_reported_by(
        "Priebus, in the wake of a new poll showing the party down to 14 percent, told Fox News on Sunday that the party needs to do better.",
        "the party needs to do better",
        "Priebus",
    );
}

#[test]
fn a_relative_clause_that_reports_before_a_credited_quotation() {
    let a = article(
        "News",
        "Jane Doe, who said last week that the judge was biased against her, issued a statement Tuesday saying, “I will not comment.”",
    );
    let s = extract_statements(&a, 0);
    let got: Vec<_> = s.iter().map(|s| (s.text(&a), s.cue)).collect();
    assert_eq!(
        got,
        [
            ("the judge was biased against her".to_string(), Some("said")),
            ("I will not comment.".to_string(), Some("saying")),
        ]
    );
    assert!(s.iter().all(|s| s.speaker.as_deref() == Some("Jane Doe")), "{s:#?}");
}

#[test]
fn a_question_put_to_someone_set_off_by_commas_is_not_theirs() {
    let a = article(
        "News",
        "Jane Doe, asked whether the deficit would improve next year, replied that it should.",
    );
    assert!(found(&a).iter().all(|f| !f.1.starts_with("whether")), "{:#?}", found(&a));
}

#[test]
fn a_perfect_participle_and_a_possessive_participle() {
    // "having criticised": the sentence's subject, never "having".
    assert_not_credited(
        "Jane Doe withdrew from the race in May, having criticised the decision to hold it early.",
        "having",
    );
    // "the government's proposed bills" proposes nothing; "Moody's added"
    // adds.
    assert_reported_by(
        "The cut would follow the government's proposed tax reform bills, securities house managers said.",
        "The cut would follow the government's proposed tax reform bills",
        "securities house managers",
    );
    assert_eq!(
        speakers("Moody's added it could not predict the outcome."),
        [Some("Moody's".to_string())]
    );
}

#[test]
fn those_questioned_are_whom_a_poll_asked() {
    assert_reported_by(
        "Almost 50% of those questioned said they would trust search engines much less.",
        "they would trust search engines much less",
        "those questioned",
    );
    let a = article("News", "The other proposed names include a domain for mobile phones.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn which_after_a_name_reports_for_it() {
    assert_one(
        "The market was examined by the Office of Fair Trading, which concluded in a 2002 report that retailers needed to make pricing more transparent.",
        "retailers needed to make pricing more transparent",
        "Office of Fair Trading",
    );
    // (The revision before had "a 2002" report it, "report" read as a verb
    // after a year.)
}

#[test]
fn a_name_past_a_question_put_to_it_replies() {
    let s = speakers(
        "Jane Roe spoke first.\n\nJane Doe, asked whether the deficit would improve, replied, \"That should be a truism.\" She added that markets are more complicated.",
    );
    assert_eq!(s, [Some("Jane Doe".to_string()), Some("Jane Doe".to_string())]);
}

#[test]
fn a_second_verb_after_a_clause_is_the_subjects() {
    // ("and has said": past the second verb's auxiliary.)
    assert_speaker(
        "Ukraine recently ousted its long-serving leader and has said it wants closer European Union links.",
        "Ukraine",
    );
}

#[test]
fn a_verb_after_a_leading_subordinator_reports_up_to_its_comma() {
    // ("And while", "But when", "Just when": the opener after a connective.)
    for (body, words) in [
        (
            "And while Jane Doe said she would cut taxes for everyone, she clarified that the plan would take years.",
            "she would cut taxes for everyone",
        ),
        (
            "But when Jane Doe said she would debate on Sunday, the campaign looked surprised.",
            "she would debate on Sunday",
        ),
    ] {
        let a = article("News", body);
        let first = found(&a).into_iter().next().map(|f| f.1);
        assert_eq!(first.as_deref(), Some(words), "{body}");
    }
}

#[test]
fn a_credit_after_a_comma_credits_the_words_before_it() {
    // "…, Chairman John Roe told analysts.": the chairman's words, with whom
    // he told; not more of what the company expects.
    let a = article(
        "News",
        "Acme Corp expects earnings for the quarter to exceed last year's, Chairman John Roe told analysts.",
    );
    let f = found(&a);
    assert!(
        f.iter().any(|(_, w, s)| s.as_deref() == Some("John Roe")
            && w == "Acme Corp expects earnings for the quarter to exceed last year's"),
        "{f:#?}"
    );
    assert!(f.iter().all(|(_, w, _)| !w.contains("told")), "{f:#?}");
    // (Not the clause's own subject after an opening: "said during his
    // trip …, he stressed …" is one statement.)
    let (_, words, _) = one(
        "Jane Doe said during her trip to Japan and Korea, she stressed the country's commitment to growth.",
    );
    assert!(words.ends_with("commitment to growth"), "{words}");
}

#[test]
fn this_week_after_a_verb_is_when_not_what() {
    assert_one(
        "The plant will close next year, the company said this week.",
        "The plant will close next year",
        "company",
    );
    assert_one(
        "A labor official said this year that cutbacks could lead to layoffs.",
        "cutbacks could lead to layoffs",
        "a labor official",
    );
}

#[test]
fn a_partial_quotations_clause_ends_at_a_break_after_its_closing_mark() {
    // The comma inside the closing mark still ends the clause before the
    // speaker's next words (", noting …", ", while …").
    for (body, clause) in [
        (
            "Jane Doe said the financial system was \"corrupt,\" noting that nobody had been prosecuted.",
            "the financial system was \"corrupt,\"",
        ),
        (
            "Jane Doe said Iowa and New Hampshire \"have more of a historical resonance,\" while Nevada is a newcomer.",
            "Iowa and New Hampshire \"have more of a historical resonance,\"",
        ),
    ] {
        assert_eq!(clause_of_partial(body).as_deref(), Some(clause), "{body}");
    }
}

#[test]
fn a_verb_reporting_a_clause_of_its_own_opens_another_statement() {
    // The second quotation is Trump's, not more of Cruz's.
    assert_statements(
        "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he is \"losing the war on terrorism.\"",
        &[
            ("leading from behind", Some("Ted Cruz")),
            ("losing the war on terrorism.", Some("Donald Trump")),
        ],
    );
}

#[test]
fn a_pronoun_stands_for_the_subject_after_a_short_opening() {
    // "In an interview, Deacon had …": Deacon opens the clause, so "she" is
    // Deacon, not the latest speaker of unknown gender.
    let s = speakers(
        "Beto O'Rourke spoke first. \"It is a race,\" O'Rourke said.\n\nKingson faces Colleen Deacon, a 38-year-old staffer.\n\nIn an interview, Deacon had nothing bad to say about Sanders. \"By coming to town, he is reminding them,\" she said.",
    );
    assert_eq!(s.last(), Some(&Some("Colleen Deacon".to_string())), "{s:?}");
}

#[test]
fn a_participle_after_a_credit_with_when_and_where_is_the_credits() {
    // "…, Hollande said Tuesday in Paris, noting …": Hollande's words on
    // both sides, not the sentence subject's.
    assert_statements(
        "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting the nominee makes you want to retch.",
        &[
            ("Trump's excesses are sickening", Some("Hollande")),
            ("the nominee makes you want to retch", Some("Hollande")),
        ],
    );
    // A partial quotation before such a credit is credited by it too.
    let a = article(
        "News",
        "Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”",
    );
    let f = found(&a);
    assert!(f.iter().all(|(_, _, s)| s.as_deref() == Some("Hollande")) && f.len() == 2, "{f:#?}");
}

#[test]
fn a_second_verb_past_when_or_where_is_the_subjects() {
    // "…, but in a later interview said …": the employee said both.
    let s = speakers(
        "The employee first said he did not recall making deletions, but in a later interview said he had deleted the archive.",
    );
    assert_eq!(s, [Some("employee".to_string()), Some("employee".to_string())]);
}

#[test]
fn when_and_where_after_a_thing_reported_are_no_part_of_it() {
    for (body, words) in [
        ("Jane Doe endorsed Canova in late May.", "Canova"),
        ("Jane Doe endorsed Trump last week and has appeared at his side since.", "Trump"),
        ("Jane Doe attacked the Koch brothers from the Senate floor.", "the Koch brothers"),
        ("Jane Doe praised the plan in an interview with The Post.", "the plan"),
        // (Not a year inside the thing, nor a day that names someone.)
        (
            "Jane Doe blamed the fall in 1986 profits on the weak dollar.",
            "the fall in 1986 profits on the weak dollar",
        ),
        ("Jane Doe referred to a memoir by Wednesday Martin.", "a memoir by Wednesday Martin"),
    ] {
        let (_, w, _) = one(body);
        assert_eq!(w, words, "{body}");
    }
    // "praised Garland and said …": two statements.
    let a =
        article("News", "Jane Doe praised Garland and said Republicans should give him a hearing.");
    let f = found(&a);
    let got: Vec<_> = f.iter().map(|(_, w, _)| w.as_str()).collect();
    assert_eq!(got, ["Garland", "Republicans should give him a hearing"], "{f:#?}");
}

#[test]
fn a_verb_in_a_clause_set_off_by_though_reports_up_to_its_comma() {
    let (_, words, _) = one(
        "Clinton, though she said Republicans should give him a hearing, stopped short of committing to him.",
    );
    assert_eq!(words, "Republicans should give him a hearing");
}

#[test]
fn a_thing_announced_ends_before_when_and_where() {
    for (body, words) in [
        (
            "Gordon Brown announced a freeze on fuel duty in his pre-budget speech to the Commons.",
            "a freeze on fuel duty",
        ),
        ("The LSE rejected the offer in December.", "the offer"),
        // (Not a clause: its "in May" is part of what was announced.)
        ("Three directors announced they would quit in May.", "they would quit in May"),
    ] {
        let (_, w, _) = one(body);
        assert_eq!(w, words, "{body}");
    }
}

#[test]
fn a_participle_after_a_while_clause_is_that_clauses_subjects() {
    assert_statements(
        "Thailand has said it does not wish to freeze repayments, while India has also rejected international aid, saying it can cope on its own resources.",
        &[
            ("it does not wish to freeze repayments", Some("Thailand")),
            ("international aid", Some("India")),
            ("it can cope on its own resources", Some("India")),
        ],
    );
}

#[test]
fn a_source_after_a_sentence_credits_a_partial_quotation_in_it_too() {
    let a = article(
        "News",
        "The band have done \"everything in their considerable powers\" to stay the biggest band in the world, according to Q magazine editor Paul Rees.",
    );
    let f = found(&a);
    assert!(
        f.iter().any(|(k, w, s)| *k == Kind::Indirect
            && s.as_deref() == Some("Paul Rees")
            && w == "The band have done \"everything in their considerable powers\" to stay the biggest band in the world"),
        "{f:#?}"
    );
    // (Not the credit of a quotation before it: that names who said it.)
    let a = article(
        "News",
        "\"We will not back down,\" Gowdy spokesman Jamal Ware said in a statement, according to the Blaze.",
    );
    let f = found(&a);
    assert!(f.iter().all(|(_, w, _)| !w.contains("said in a statement")), "{f:#?}");
}

#[test]
fn a_focusing_adverb_opens_what_was_reported() {
    assert_one("The survey shows only a small gender gap.", "only a small gender gap", "survey");
    assert_one("Jane Doe said only a few voters came.", "only a few voters came", "Jane Doe");
}

#[test]
fn an_infinitive_inside_what_a_verb_reports_credits_nothing() {
    // "said … to maintain … “strategic commodities”": "said" credits the
    // partial quotation, with its clause; "went on to say, “…”" still
    // introduces one.
    let a = article(
        "News",
        "Achmad Affandi said the government would continue to maintain production targets for \"strategic commodities\" such as rice and sugar.",
    );
    let s = extract_statements(&a, 0);
    let p = s.iter().find(|s| s.kind == Kind::Partial).expect("a partial quotation");
    assert_eq!(s[0].cue, Some("said"), "{s:#?}");
    assert_eq!(
        p.clause.clone().map(|r| &p.source_text(&a)[r]),
        Some(
            "the government would continue to maintain production targets for \"strategic commodities\" such as rice and sugar"
        )
    );
    let a = article(
        "News",
        "Trump joked that Brooklyn was his answer, but went on to say, \"There are places in America that are dangerous.\"",
    );
    let s = extract_statements(&a, 0);
    let d = s.iter().find(|s| s.kind == Kind::Direct).expect("a direct quotation");
    assert_eq!(d.cue, Some("say"), "{s:#?}");
}

#[test]
fn a_quotation_that_ends_its_sentence_ends_it_for_the_clause_after_it() {
    // The partial quotation's clause starts after `''60 Minutes.''`, and
    // after the quotation ending the sentence before.
    for (body, clause) in [
        (
            "Considering its scale, Jane Doe said it was easy to ''name a hundred conflicts.'' The reality is, she added, ''there are no recusals when you are president.''",
            "The reality is, she added, ''there are no recusals when you are president.''",
        ),
        (
            "\"We are trying to show some mercy.\" South Carolina, he said, was \"where we have a chance to go mano a mano with Trump.\"",
            "South Carolina, he said, was \"where we have a chance to go mano a mano with Trump.\"",
        ),
    ] {
        let a = article("News", body);
        let s = extract_statements(&a, 0);
        let last = s.last().expect("a statement");
        assert_eq!(last.clause.clone().map(|r| &last.source_text(&a)[r]), Some(clause), "{s:#?}");
    }
}

#[test]
fn an_infinitive_whose_object_is_the_noun_before_reports_nothing() {
    // "something many Republicans had urged him to do": no promise or
    // request of its own (but "said that her campaign would continue “to
    // break barriers”" keeps its clause).
    for body in [
        "He did not apologize for his remarks, something many Republicans had urged him to do.",
        "Voters doubt that Sanders can do what he promises to do.",
    ] {
        let a = article("News", body);
        assert!(found(&a).iter().all(|(_, w, _)| w != "to do"), "{:#?}", found(&a));
    }
    let a = article(
        "News",
        "She said that her campaign would continue \"to break barriers\" across the nation.",
    );
    let s = extract_statements(&a, 0);
    assert!(s.iter().any(|s| s.clause.is_some()), "{s:#?}");
}

#[test]
fn a_credit_set_off_in_a_sentence_names_whom_it_told_and_ends_at_a_break() {
    // "Trump told CNN," sets off a credit like "Trump said,".
    let (_, words, speaker) =
        one("Instead, Trump told CNN, his policy would merely be to go after them.");
    assert_eq!(
        (words.as_str(), speaker.as_deref()),
        ("Instead his policy would merely be to go after them", Some("Trump"))
    );
    // What follows the credit after "although", "but", "while" is the
    // writer's; a verb after ", but" is the credit's speaker's.
    assert_statements(
        "The influx of speculative funds also played a major role, Wang Chien-shien said, but declined to give figures.",
        &[
            ("The influx of speculative funds also played a major role", Some("Wang Chien-shien")),
            ("to give figures", Some("Wang Chien-shien")),
        ],
    );
}

#[test]
fn a_relative_aside_after_where_someone_spoke_leads_to_that() {
    assert_one(
        "Corey Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be held to account.",
        "Manafort should be held to account",
        "Corey Lewandowski",
    );
}

#[test]
fn an_office_before_a_name_is_no_part_of_it() {
    assert_speaker(
        "Chancellor of the Exchequer Nigel Lawson said the pound was stable.",
        "Nigel Lawson",
    );
    assert_speaker("Treasurer Paul Keating said the budget would be tight.", "Paul Keating");
    assert_speaker("Producer Kevin Wallace said the show would tour.", "Kevin Wallace");
    // (A company's name stays whole, and so does a second given name.)
    assert_speaker(
        "Morgan Stanley International said the issue was priced.",
        "Morgan Stanley International",
    );
    assert_speaker("Karl Otto Poehl said rates would stay.", "Karl Otto Poehl");
}

#[test]
fn an_and_inside_a_companys_name_is_part_of_it() {
    assert_speaker("Dun and Bradstreet Corp said it affirmed the debt.", "Dun and Bradstreet Corp");
    assert_speaker(
        "American Telephone and Telegraph Co said it would cut prices.",
        "American Telephone and Telegraph Co",
    );
    assert_speaker(
        "The Securities and Exchange Commission said it would look into the trades.",
        "Securities and Exchange Commission",
    );
    // (Two initials joined: "S and P".)
    assert_speaker("S and P said the company remains profitable.", "S and P");
    // (Not a list of people.)
    let s = speakers("Tapper, Bash and Blitzer had mentioned it, CNN said.");
    assert!(s.iter().all(|s| s.as_deref() != Some("Bash and Blitzer")), "{s:?}");
}

#[test]
fn newswire_angle_brackets_mark_a_ticker_or_a_name() {
    // A ticker after the name is no part of it; a name inside the brackets
    // is the name, and "the company" after it stands for it.
    assert_one(
        "Hoechst AG <HFAG.F> said it would buy the unit.",
        "it would buy the unit",
        "Hoechst AG",
    );
    assert_statements(
        "<Melamine Chemicals Inc> said it has filed for an offering.\n\nThe company said it will sell 1,400,000 shares.",
        &[
            ("it has filed for an offering", Some("Melamine Chemicals Inc")),
            ("it will sell 1,400,000 shares", Some("Melamine Chemicals Inc")),
        ],
    );
    assert_speaker(
        "<Australian Gas Light Co> (AGL) said it will offer one share.",
        "Australian Gas Light Co",
    );
}

#[test]
fn the_company_after_a_short_name_is_the_full_one() {
    let s = speakers(
        "AMAX Inc said it has accepted offers for its interests.\n\nAMAX said the sale is part of its program.\n\nThe company said the interests include 35.2 mln shares.",
    );
    assert_eq!(s.last(), Some(&Some("AMAX Inc".to_string())), "{s:?}");
}

#[test]
fn a_trade_opening_a_sentence_reads_as_everywhere_else() {
    assert_speaker("Bankers said the central bank would hold rates steady.", "bankers");
    assert_speaker("Brokers said the market was thin.", "brokers");
}

#[test]
fn what_was_said_starts_past_the_comma_after_that() {
    assert_one(
        "Continental also said that, if it did not make any cuts, it expects to lose money.",
        "if it did not make any cuts, it expects to lose money",
        "Continental",
    );
    // "Having said that," is the writer's turn of phrase.
    let a = article("News", "Having said that, Burnley are yet to concede a goal in this Cup run.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn a_plural_role_is_a_group_not_the_person_named_as_one_of_them() {
    // "critics" and "sources" were the person an apposition had called one
    // of them ("Iain Duncan Smith, one of the chief critics").
    assert_statements(
        "Ministers met on Tuesday. But critics claim the bill would allow euthanasia \"through the back door\".\n\n\
         Iain Duncan Smith, one of the chief critics of the plans, condemned the debate as a \"charade\".",
        &[("through the back door", Some("critics")), ("charade", Some("Iain Duncan Smith"))],
    );
}

#[test]
fn an_honorific_and_one_word_name_a_person() {
    // "Mr Sayeed", never named in full, is whom "he" stands for; "Lord
    // Falconer" is a man; "Ms. Warren" is a woman though Warren is also a
    // given name.
    assert_eq!(
        speakers(
            "The decision comes after Mr Sayeed survived an attempt to de-select him. He said he was pleased."
        ),
        [Some("Sayeed".to_string())]
    );
    assert_eq!(
        speakers(
            "Changes to the Mental Capacity Bill were made on Tuesday. Lord Falconer said it was fair to criticise the timing.\n\n\
             He said the changes provided a solution."
        ),
        [Some("Falconer".to_string()), Some("Falconer".to_string())]
    );
    assert_eq!(
        speakers("James Hamilton met Ms. Warren on Monday. She said she was ready."),
        [Some("Warren".to_string())]
    );
    // A title before a given name cut off by a particle names no one.
    assert_eq!(
        speakers(
            "Debt will absorb the aid, President Daniel arap Moi said. The president added that it was hard."
        ),
        [Some("Moi".to_string()), Some("president".to_string())]
    );
}

#[test]
fn an_honorific_name_joins_the_full_name() {
    // "Mr Sayeed" first and "Jonathan Sayeed" later are one person, shown
    // by the full name; "Mrs Clinton" is not "Bill Clinton"; "Sir Digby"
    // is "Digby Jones".
    assert_eq!(
        speakers("Mr Sayeed said he would go. Jonathan Sayeed, the MP, later said he was happy."),
        [Some("Jonathan Sayeed".to_string()), Some("Jonathan Sayeed".to_string())]
    );
    assert_eq!(
        speakers(
            "Mrs Clinton spoke. She said she was ready. Bill Clinton said he agreed. Mrs Clinton said it was fine."
        ),
        [
            Some("Clinton".to_string()),
            Some("Bill Clinton".to_string()),
            Some("Clinton".to_string())
        ]
    );
    assert_eq!(
        speakers(
            "Sir Digby Jones spoke first. Later Sir Digby said taxes were too high. He added that it was so."
        ),
        [Some("Digby Jones".to_string()), Some("Digby Jones".to_string())]
    );
}

#[test]
fn a_pronoun_prefers_the_subject_to_a_person_named_inside_the_sentence() {
    // "Jay Carney, a former press secretary for Barack Obama, is now … He
    // declined …" is Carney, not Obama nor the latest speaker.
    assert_eq!(
        speakers(
            "Donald Trump said he would win.\n\n\
             Jay Carney, a former press secretary for Barack Obama, is now at Amazon. He declined to comment."
        ),
        [Some("Donald Trump".to_string()), Some("Jay Carney".to_string())]
    );
    // A person named in what was said is not whom the pronoun stands for.
    assert_eq!(
        speakers(
            "John Doe set out his plans.\n\nMr Roe has failed to tackle these problems, he claimed."
        ),
        [Some("John Doe".to_string())]
    );
}

#[test]
fn they_stands_for_a_person_only_right_after_their_statement() {
    // Not a person who spoke before someone else did.
    assert_eq!(
        speakers(
            "Jorio Dauster said the talks had failed. A senior bank official said prices would fall. Quotas are unlikely before October, they said."
        ),
        [Some("Jorio Dauster".to_string()), Some("a senior bank official".to_string()), None]
    );
    // Nor, right after them, before a group that spoke earlier.
    assert_eq!(
        speakers(
            "Senior Reagan Administration officials said the plan was ready. Finance Secretary Jaime Ongpin said the talks went well. \"We will sign next week,\" they said."
        )[2]
            .as_deref(),
        Some("Senior Reagan Administration officials")
    );
    // Right after their statement, with no group before, the person.
    assert_eq!(
        speakers(
            "Robin Ek, a spokesperson for the ministry, said the two men had discussed energy. \"The cables are part of this now,\" they added."
        )[1]
            .as_deref(),
        Some("Robin Ek")
    );
}

#[test]
fn they_stands_for_a_group_not_a_person_of_known_gender() {
    // "they" was the latest speaker, whoever it was; it is the group the
    // writer made a sentence's subject since.
    assert_eq!(
        speakers(
            "Stephen Lewis said the pound was firm.\n\n\
             Most analysts were forecasting a pause.\n\n\
             Sterling remained supported by optimism, they said."
        ),
        [Some("Stephen Lewis".to_string()), Some("most analysts".to_string())]
    );
    assert_eq!(
        speakers(
            "Producer delegates said quotas were off the agenda. \"Who wants to negotiate quotas,\" one leading producer delegate said.\n\n\
             Many producers want quotas from October, they said."
        ),
        [
            Some("producer delegates".to_string()),
            Some("one leading producer delegate".to_string()),
            Some("producer delegates".to_string())
        ]
    );
    assert_eq!(
        speakers(
            "The couple, who married last September, claimed staff took photographs. They said they allowed the pictures."
        ),
        [Some("couple".to_string()), Some("couple".to_string())]
    );
}

#[test]
fn a_reporting_noun_after_a_preposition_or_its_verb_reports_nothing() {
    // "charges", "claims", "fears" after "on", "of", "faces" or "settle" are
    // nouns: "He was arrested on" had been a speaker.
    for text in [
        "He was arrested on charges that he stole cars.",
        "Qwest paid $250m to settle charges that it manipulated its results.",
        "The company faces claims that it lied.",
        "The tax is unpopular because of fears that businesses will cut benefits.",
    ] {
        assert_statements(text, &[]);
    }
    assert_statements("Smith charges that the mayor lied.", &[("the mayor lied", Some("Smith"))]);
}

#[test]
fn a_participle_after_this_describes_a_noun() {
    assert_statements(
        "We have been hearing about this proposed increase of 1.92p per litre that Gordon Brown has been postponing.",
        &[],
    );
}

#[test]
fn a_negated_modal_reports_nothing_a_negated_have_still_does() {
    // "wouldn't say" is "would not say"; "hasn't said" is like "didn't
    // say", and its subject is the speaker, not "Sanders hasn't".
    assert_statements(
        "I wouldn't say we were robbed, the player said.",
        &[("I wouldn't say we were robbed", Some("player"))],
    );
    assert_statements("Smith won't say the deal is dead.", &[]);
    assert_statements("Obama isn't expected to attend the dinner.", &[]);
    assert_statements(
        "Bernie Sanders hasn't said whether he has a strategy.",
        &[("whether he has a strategy", Some("Bernie Sanders"))],
    );
}

#[test]
fn a_straight_mark_opening_a_sentence_inside_a_quotation_opens_the_next() {
    // The writer never closed the first quotation: its sentences and the
    // next quotation's are one statement, and the words between are not
    // the writer's.
    assert_statements(
        "A Conservative spokesperson said: \"The Liberal Democrats can talk all they like. The problem is that voters do not agree with them. \"We will be pointing out how they are soft on crime\".",
        &[(
            "The Liberal Democrats can talk all they like. The problem is that voters do not agree with them. We will be pointing out how they are soft on crime",
            Some("a Conservative spokesperson"),
        )],
    );
}

#[test]
fn marks_around_no_word_quote_nothing() {
    let a = article("News", "He said it was \"...\", and left.");
    assert!(
        found(&a).iter().all(|(_, w, _)| w.chars().any(char::is_alphanumeric)),
        "{:?}",
        found(&a)
    );
}

#[test]
fn a_relative_clause_may_stand_between_a_credit_and_its_verb() {
    // "who asked not to be identified" is no credit: "told" is.
    assert_statements(
        "\"They have asked Britain to lease tankers,\" an official, who asked not to be identified, told Reuters.",
        &[("They have asked Britain to lease tankers,", Some("an official"))],
    );
    let a = article(
        "News",
        "\"They have asked Britain to lease tankers,\" an official, who asked not to be identified, told Reuters.",
    );
    assert_eq!(extract_statements(&a, 0)[0].cue, Some("told"));
}

#[test]
fn one_of_a_group_credits_a_quotation() {
    assert_statements(
        "\"They have asked Britain to lease tankers,\" one of the administration officials told Reuters.",
        &[(
            "They have asked Britain to lease tankers,",
            Some("one of the administration officials"),
        )],
    );
    // Not "one of his recent reads": a quotation that ended its sentence.
    let a = article(
        "News",
        "He talks about how his forces must be ready ''to fight tonight.'' One of his recent reads, ''This Kind of War,'' by T.R. Fehrenbach, drove that point home.",
    );
    assert!(
        found(&a).iter().all(|(_, _, s)| s.as_deref().is_none_or(|s| !s.starts_with("One of"))),
        "{:?}",
        found(&a)
    );
}

#[test]
fn a_name_after_a_role_in_apposition_is_the_speaker() {
    // "Their lawyer, Majeed Memon, said" is Memon; "Jane Doe, the former
    // minister, said" stays Jane Doe.
    assert_statements(
        "Mihir Desai said the film was wrong. Their lawyer, Majeed Memon, said: \"We had argued that.\"",
        &[
            ("the film was wrong", Some("Mihir Desai")),
            ("We had argued that.", Some("Majeed Memon")),
        ],
    );
    assert_statements(
        "The delegation's leader, Vincent Siew, told reporters he was leaving with \"a heavy heart.\"",
        &[("a heavy heart.", Some("Vincent Siew"))],
    );
    assert_statements(
        "Jane Doe, the former minister, said: \"We had argued that.\"",
        &[("We had argued that.", Some("Jane Doe"))],
    );
    // The same after an inverted verb.
    assert_statements(
        "\"The move was planned,\" said the Chelsea manager, Jose Mourinho.",
        &[("The move was planned,", Some("Jose Mourinho"))],
    );
    // (A company with its ticker before an office is the company.)
    assert_statements(
        "Industrial Bank of Japan Ltd (IBJ), London Branch, said it is establishing a programme.",
        &[("it is establishing a programme", Some("Industrial Bank of Japan Ltd"))],
    );
}

#[test]
fn he_s_is_he() {
    // "He’s comparing … and says …": "He’s" is "he is", whom it stands for,
    // not a speaker named "He".
    assert_eq!(
        speakers(
            "Jeb Bush is panning the measures. He’s comparing the gun actions to immigration and says Obama is flouting the process."
        ),
        [Some("Jeb Bush".to_string())]
    );
    assert_eq!(
        speakers(
            "Bernie Sanders spoke on Monday.\n\nHe's said he'll fight all the way to the convention."
        ),
        [Some("Bernie Sanders".to_string())]
    );
}

#[test]
fn he_after_a_described_speaker_is_that_speaker() {
    // "another company official said … he added": the official, not a
    // person or a place named before.
    assert_eq!(
        speakers(
            "Kim Woo-choong said exports would rise.\n\n\
             South Korean bank loans attract an average interest rate of 11.5 pct.\n\n\
             \"We are also concerned,\" another company official said.\n\n\
             \"We will come under pressure,\" he added."
        ),
        [
            Some("Kim Woo-choong".to_string()),
            Some("another company official".to_string()),
            Some("another company official".to_string())
        ]
    );
    // Nor when a named person opens the sentence before, after "However".
    assert_eq!(
        speakers(
            "Mark Mulligan studies online ads.\n\n\
             The agency has strict instructions, a spokesman told the BBC News website.\n\n\
             However Mr Mulligan was not convinced. He said smaller brands might not check."
        ),
        [Some("a spokesman".to_string()), Some("Mark Mulligan".to_string())]
    );
    // An office, when only one person was named before it, is that person
    // (and "he" after it too).
    assert_eq!(
        speakers(
            "Tony Blair spoke on Monday. The prime minister said he was ready. He added that it was time."
        ),
        [Some("Tony Blair".to_string()), Some("Tony Blair".to_string())]
    );
}

#[test]
fn an_acronym_before_a_company_word_is_the_name() {
    // "PPG" had been taken for an organisation before a person named
    // "Industries".
    assert_statements(
        "PPG Industries said it signed an agreement. BASF AG said profits rose. NATO chief Rutte said allies are united.",
        &[
            ("it signed an agreement", Some("PPG Industries")),
            ("profits rose", Some("BASF AG")),
            ("allies are united", Some("Rutte")),
        ],
    );
}

#[test]
fn he_or_she_never_stands_for_a_company() {
    // "Acme Corp" spoke last, but "he" is the man named before it.
    assert_eq!(
        speakers(
            "John Smith joined the board in May.\n\nAcme Corp said profits fell.\n\nHe said the stock had risen."
        ),
        [Some("Acme Corp".to_string()), Some("John Smith".to_string())]
    );
}

#[test]
fn an_organisation_is_no_one_s_role() {
    // "the campaign" and "the commission" are not the person an
    // apposition placed in one ("Larry Noble, … of the Campaign Legal
    // Center", "Sam Younger, chairman of the commission").
    assert_eq!(
        speakers(
            "Larry Noble, general counsel at the Campaign Legal Center, said it was legal.\n\n\
             Huckabee's campaign acknowledged that the candidate gave paid speeches."
        ),
        [Some("Larry Noble".to_string()), Some("Huckabee's campaign".to_string())]
    );
    assert_eq!(
        speakers(
            "Sam Younger, chairman of the commission, said turnout fell.\n\nThe commission said it would report in May."
        ),
        [Some("Sam Younger".to_string()), Some("commission".to_string())]
    );
}

#[test]
fn a_group_where_it_is_is_the_group() {
    // "Dealers in Tokyo said" had been credited to "Tokyo", "Analysts at
    // Merrill Lynch said" to the firm.
    assert_statements(
        "Dealers in Tokyo said the dollar was firm. Analysts at Merrill Lynch said the stock would rise. Officials in Washington said the talks would resume.",
        &[
            ("the dollar was firm", Some("dealers in Tokyo")),
            ("the stock would rise", Some("analysts at Merrill Lynch")),
            ("the talks would resume", Some("officials in Washington")),
        ],
    );
    // A source at a firm is the source, and a credit after a quotation
    // ("a dealer at a U.S. Bank said") had found no one.
    assert_statements(
        "\"There is little turnover,\" a dealer at a U.S. Bank said. \"The market is waiting.\"",
        &[("There is little turnover, The market is waiting.", Some("a dealer at a U.S. Bank"))],
    );
}

#[test]
fn a_credit_s_roles_may_run_to_the_verb_without_a_comma() {
    // Newswire style: "Burnell Roberts, chairman and chief executive
    // officer said." The quotation had had no speaker.
    assert_statements(
        "\"The outlook bodes well,\" Burnell Roberts, chairman and chief executive officer said.",
        &[("The outlook bodes well,", Some("Burnell Roberts"))],
    );
    // With where the role is held, and whom the verb tells.
    assert_statements(
        "\"The crop is in good shape,\" Norton Strommen, chief meteorologist at USDA told Reuters.",
        &[("The crop is in good shape,", Some("Norton Strommen"))],
    );
}

#[test]
fn it_may_stand_for_a_communique_or_a_letter() {
    assert_statements(
        "The problem is debt, the communique said.\n\nIt added: \"Debt reduces the ability to import.\"",
        &[
            ("The problem is debt", Some("communique")),
            ("Debt reduces the ability to import.", Some("communique")),
        ],
    );
}

#[test]
fn a_company_by_a_continental_suffix_or_a_capital_of_is_one_name() {
    // "AG" ends a company's name as "Corp" does, so "it" may stand for it;
    // "Of" with a capital is inside one name.
    assert_statements(
        "<Deutsche Lufthansa AG> said on April 1 it will start nonstop service.\n\nIt said frequency will rise.",
        &[
            ("it will start nonstop service", Some("Deutsche Lufthansa AG")),
            ("frequency will rise", Some("Deutsche Lufthansa AG")),
        ],
    );
    assert_statements(
        "Healthcare Services Of America Inc said it will write off 16 mln dlrs.\n\nIt also said it expects income to rise.",
        &[
            ("it will write off 16 mln dlrs", Some("Healthcare Services Of America Inc")),
            ("it expects income to rise", Some("Healthcare Services Of America Inc")),
        ],
    );
}

#[test]
fn an_adverbial_after_the_verb_opens_what_was_said() {
    // Closed by a comma before the clause's subject: part of what was said.
    assert_one(
        "First Mississippi Corp said in view of the recent decline in its stock price, it is considering a repurchase.",
        "in view of the recent decline in its stock price, it is considering a repurchase",
        "First Mississippi Corp",
    );
    assert_one(
        "Hospital Corp said under the reorganization, over 100 hospitals will be spun off.",
        "under the reorganization, over 100 hospitals will be spun off",
        "Hospital Corp",
    );
    assert_one(
        "Royal Resources Corp said after nine months, Montagu may require Royal to register the shares.",
        "after nine months, Montagu may require Royal to register the shares",
        "Royal Resources Corp",
    );
    // A concession, "of" what is counted, a name of a few words.
    assert_one(
        "The company said although the purchases will reduce working capital, it believes its liquidity will not be impaired.",
        "although the purchases will reduce working capital, it believes its liquidity will not be impaired",
        "company",
    );
    assert_one(
        "The report said of 11 loans approved for Vietnam, eight had been closed.",
        "of 11 loans approved for Vietnam, eight had been closed",
        "report",
    );
    assert_one(
        "Melridge Inc said under the agreement, Public Storage will obtain an equity interest.",
        "under the agreement, Public Storage will obtain an equity interest",
        "Melridge Inc",
    );
    // A day alone says when it was said.
    assert_one(
        "Acme Corp said on Friday, it will close the plant.",
        "it will close the plant",
        "Acme Corp",
    );
    // Not a credit after the comma, nor after a verb that is not plain saying.
    assert_statements(
        "Buyers and sellers can either agree on a price between them, it said.",
        &[("Buyers and sellers can either agree on a price between them", None)],
    );
}

#[test]
fn a_noun_phrase_subject_may_follow_when_and_where() {
    assert_one(
        "Energy minister Arturo Hernandez Grisanti said Wednesday the cost would be 33 mln dlrs.",
        "the cost would be 33 mln dlrs",
        "Arturo Hernandez Grisanti",
    );
    assert_one(
        "Poehl told a conference in Frankfurt on Tuesday the central bank has no interest in higher rates.",
        "the central bank has no interest in higher rates",
        "Poehl",
    );
    // Not a year, a day's number, or a noun phrase past a pronoun subject.
    assert_one(
        "Hector Neyra said in 1986 Peru had sought an accomodation with the World Bank.",
        "Peru had sought an accomodation with the World Bank",
        "Hector Neyra",
    );
    // (Past a pronoun, the clause is the pronoun's: not "22 years in
    // Parliament he had seen …".)
    assert_one(
        "Mr Kennedy said during his nearly 22 years in Parliament he had seen leaders come and go.",
        "he had seen leaders come and go",
        "Kennedy",
    );
    // Nor after a verb that is no plain saying: "licences proposed by the
    // Ministry are not final" reports nothing.
    assert!(found(&article("News", "Company shares in each of the licences proposed by the Oil and Energy Ministry are not final.")).is_empty());
}

#[test]
fn a_name_in_newswire_brackets_opens_what_was_said() {
    assert_one(
        "CNT also said <Sand Technology Systems Inc> of Canada bought two of its units.",
        "<Sand Technology Systems Inc> of Canada bought two of its units",
        "CNT",
    );
}

#[test]
fn a_subject_before_a_relative_clause_or_participle_is_the_speaker() {
    assert_one(
        "European governments, asked to fund the programs, have said there may not be room for the jets.",
        "there may not be room for the jets",
        "European governments",
    );
    assert_one(
        "The firm and its two executives, who hold shares, said they originally bought their stake as an investment.",
        "they originally bought their stake as an investment",
        "firm and its two executives",
    );
    assert_one(
        "A close aide to Nakasone, who asked not to be identified, said he sees little impact.",
        "he sees little impact",
        "a close aide to Nakasone",
    );
    // Not the words before an inverted credit that closes the sentence.
    assert_one(
        "Two other outside former directors, Bert Roberts and Francesco Galesi, remain defendants, said the newspaper.",
        "Two other outside former directors, Bert Roberts and Francesco Galesi, remain defendants",
        "newspaper",
    );
}

#[test]
fn an_aide_to_someone_is_not_that_person() {
    assert_one(
        "An aide to Nakasone said he sees little impact.",
        "he sees little impact",
        "an aide to Nakasone",
    );
}

#[test]
fn a_name_after_a_role_that_ends_in_its_body_is_the_speaker() {
    assert_one(
        "The minister of Industry, Abdul-Aziz al-Saqr, said the visitors had submitted 40 proposals.",
        "the visitors had submitted 40 proposals",
        "Abdul-Aziz al-Saqr",
    );
    // A lowercase particle inside a name is part of it.
    assert_speaker(
        "President Abdel Fattah el-Sisi said the talks would resume.",
        "Abdel Fattah el-Sisi",
    );
}

#[test]
fn a_source_that_opens_with_a_is_no_apposition() {
    assert_speaker(
        "Mount Isa Mines plans to acquire a stake in the producer, Norddeutsche Affinerie AG, a spokesman for Metallgesellschaft AG said.",
        "Metallgesellschaft AG",
    );
    // A description that is no role is one.
    assert_speaker(
        "Car sales rose in February, Nissan Motor, a wholly-owned subsidiary of Nissan Motor Co Ltd said.",
        "Nissan Motor",
    );
}

#[test]
fn the_one_told_ends_before_the_clause_subject() {
    // "the" opens the clause after whom someone told.
    assert_one(
        "An Indian official told Reuters the government was discussing the report.",
        "the government was discussing the report",
        "an Indian official",
    );
    // Not after a possessive, nor between a role and the name it describes.
    assert_one(
        "David Davis told BBC Radio Four's the World at One his primary concern was justice.",
        "his primary concern was justice",
        "David Davis",
    );
    assert_speaker(
        "Anti-abortion group the Pro-Life Alliance welcomed his stance but said it did not go far enough.",
        "Pro-Life Alliance",
    );
    // A participle's thing with a clause of its own reports nothing before
    // the credit.
    assert_statements(
        "\"It's also really hard to poll,\" said Eric Herzik, who chairs the department, citing another reason the state is difficult to predict.",
        &[("It's also really hard to poll,", Some("Eric Herzik"))],
    );
}

#[test]
fn a_clause_after_a_comma_gives_a_name_no_roles() {
    // "the Atlantic Ocean, Mr. Wiley walked them through a memo" is no
    // apposition: "a memo" is not the ocean.
    let body = "They sat near the Atlantic Ocean, Mr. Wiley walked them through a memo.\n\nA memo says the party will win.";
    assert_eq!(speakers(body), [Some("a memo".to_string())]);
}

#[test]
fn he_is_the_subject_after_a_long_opening_clause() {
    // A clause a conjunction opens may be long before the subject it
    // leads to.
    let body = "Mr. Manafort was joined by Rick Wiley, the political director.\n\nMr. Manafort said the candidate would win.\n\nAs the Republicans ate oysters in a dim, stuffy room overlooking the sea, Mr. Wiley walked them through the plan.\n\nIn other states, he said Mr. Trump could force Mrs. Clinton to spend money.";
    assert_eq!(speakers(body), [Some("Manafort".to_string()), Some("Rick Wiley".to_string())]);
}

#[test]
fn a_slide_show_or_an_awards_show_is_a_thing() {
    assert_statements(
        "Jan Bolz also said EA was planning an international awards show \"similar to the Oscars and the Grammys\" which would combine games and movies.",
        &[("similar to the Oscars and the Grammys", Some("Jan Bolz"))],
    );
    // But "another slide shows …" is a verb.
    assert_speaker(
        "And another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico.",
        "another slide",
    );
}

#[test]
fn a_relative_clause_credits_the_noun_phrase_it_follows() {
    assert_speaker(
        "The company issued a statement that said the case had been settled on terms satisfactory to both sides.",
        "a statement",
    );
    assert_speaker(
        "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump.",
        "a slide show",
    );
}

#[test]
fn a_subject_after_a_conjunction_is_the_speaker() {
    // A name after "after", with an aside before the verb.
    assert_one(
        "The lawsuit was filed on Friday after Qwest Communications, which had an earlier offer rejected, said it would submit an improved bid.",
        "it would submit an improved bid",
        "Qwest Communications",
    );
    // Words that are no name, after "after".
    assert_one(
        "The currency had been rallying after European policy makers said they were worried about the euro.",
        "they were worried about the euro",
        "European policy makers",
    );
    // But not a date after "as … as".
    assert_speaker(
        "Lawson as recently as December 17 said taxes would not fall.",
        "Lawson as recently as December 17",
    );
    // A loose subject with a preposition inside, before an aside.
    assert_one(
        "The judge in the case, which lasted seven days, said a heavy penalty was called for.",
        "a heavy penalty was called for",
        "judge in the case",
    );
}

#[test]
fn a_subject_before_an_aside_whose_quotation_holds_its_comma() {
    // The subject before the apposition speaks after it, though the comma
    // that closes the apposition stands inside the quote marks.
    assert_one(
        "Grain analyst Jane Doe, author of the publication \"Global Crop News,\" said in her latest report that the crop may fail.",
        "the crop may fail",
        "Jane Doe",
    );
    // So does one before an aside of a participle and a quotation, in a
    // single mark or a doubled one.
    for mark in ["\"", "''"] {
        assert_statements(
            &format!(
                "Jane Doe, citing {mark}the unique magic of Trump,{mark} said the candidate could win in Pennsylvania."
            ),
            &[
                ("the unique magic of Trump,", Some("Jane Doe")),
                ("the candidate could win in Pennsylvania", Some("Jane Doe")),
            ],
        );
    }
}

#[test]
fn a_quotation_inside_a_relative_clause_or_a_dash_aside() {
    // The subject before the aside still speaks after it.
    assert_statements(
        "Donald Trump - who previously said he would \"bomb the oil fields\" - said at a rally that the United States should close its borders.",
        &[
            ("bomb the oil fields", Some("Donald Trump")),
            ("the United States should close its borders", Some("Donald Trump")),
        ],
    );
    // A verb inside the aside reports up to the closing dash.
    assert_statements(
        "Donald Trump - who previously said he would do it - said at a rally that the United States should close its borders.",
        &[
            ("he would do it", Some("Donald Trump")),
            ("the United States should close its borders", Some("Donald Trump")),
        ],
    );
}

#[test]
fn a_label_before_a_subject_and_its_aside() {
    assert_one(
        "Voter participation: Sanders, whose coalition includes young people, said closed primaries deny many independents the right to vote.",
        "closed primaries deny many independents the right to vote",
        "Sanders",
    );
    // Not a colon inside the aside: a title in a relative clause is no
    // speaker.
    assert_speaker(
        "The Oscar-nominated actor, whose films include Michael Collins and Star Wars: The Phantom Menace, said the theatre must be saved.",
        "Oscar-nominated actor",
    );
}

#[test]
fn a_lowercase_particle_is_inside_a_name() {
    assert_speaker("Charles de Gaulle said France would leave.", "Charles de Gaulle");
    assert_speaker("Ursula von der Leyen said the plan was ready.", "Ursula von der Leyen");
    assert_speaker(
        "Former president Valery Giscard d'Estaing said the treaty was good.",
        "Valery Giscard d'Estaing",
    );
    // Not a particle before a word that is no name.
    assert_speaker("The head of de facto rule said prices would rise.", "head of de facto rule");
}

#[test]
fn a_source_where_it_works_is_the_source() {
    assert_speaker(
        "A union spokesman in Rio de Janeiro said the seamen had accepted a pay offer.",
        "a union spokesman in Rio de Janeiro",
    );
    assert_speaker(
        "\"There's a lot of slack,\" a U.S. Government official in Tokyo said.",
        "a U.S. Government official in Tokyo",
    );
    assert_speaker(
        "\"There is a whiff of a sweetener in there,\" an analyst at Nomura told the BBC.",
        "an analyst at Nomura",
    );
    // Not a person named before "at".
    assert_speaker(
        "\"Fares will rise,\" said Julius Maldutis at Salomon Brothers.",
        "Julius Maldutis",
    );
}

#[test]
fn a_relative_clause_after_a_comma_credits_nothing_before_it() {
    assert!(
        found(&article(
            "News",
            "He opened the door to the extradition of Fethullah Gulen, the preacher whom Erdogan accuses of masterminding the coup."
        ))
        .is_empty()
    );
    assert!(
        found(&article("News", "Rates fell sharply, a situation which critics say is dangerous."))
            .iter()
            .all(|(_, w, _)| !w.starts_with("Rates fell"))
    );
}

#[test]
fn a_partial_quotation_after_a_modal_is_the_earlier_speakers() {
    // "would announce", "should reiterate" inside what Smith said: the
    // quoted words are hers.
    assert_speaker("Smith said the party would announce “sweeping changes” soon.", "Smith");
    assert_speaker(
        "Smith said in her remarks that the platform should reiterate the support for “stalwart allies,” specifically Israel.",
        "Smith",
    );
}

#[test]
fn a_number_with_thousands_is_one_word() {
    // The comma in "2,000" is no clause's comma.
    assert_one(
        "More than half of 2,000 people surveyed said they had privacy worries about the tags.",
        "they had privacy worries about the tags",
        "More than half of 2,000 people surveyed",
    );
    assert_one(
        "There are more than 2,400 billionaires in the world, Elizabeth Holmes says.",
        "There are more than 2,400 billionaires in the world",
        "Elizabeth Holmes",
    );
    // "as many as" a number opens a clause.
    assert_one(
        "Yulia Tymoshenko said as many as 3,000 firms could be included on the list.",
        "as many as 3,000 firms could be included on the list",
        "Yulia Tymoshenko",
    );
    // A long aside of where it was said.
    assert_one(
        "The company, in the proxy statement mailed to 135,000 stockholders for its May 21 annual meeting in Savannah, Ga., said the added shares will be needed.",
        "the added shares will be needed",
        "company",
    );
}

#[test]
fn an_ambassador_to_a_place_is_named_after_it() {
    assert_eq!(
        speakers(
            "U.S. Ambassador to GATT Michael Samuels said the U.S. would act.\n\nThe rights are challenged by the European Community, he told a conference."
        ),
        [Some("Michael Samuels".to_string()), Some("Michael Samuels".to_string())]
    );
    assert_speaker(
        "Portuguese Ambassador to China Octavio Valerio said talks would resume.",
        "Octavio Valerio",
    );
    // An aide to someone is still not that person.
    assert_speaker(
        "An aide to Sen. James Exon said the senator had not ruled it out.",
        "an aide to Sen. James Exon",
    );
}

#[test]
fn a_reporting_noun_before_its_verb_is_the_source() {
    assert_speaker(
        "More than 3,000 people were killed under the regime, an official report says.",
        "an official report",
    );
    assert_speaker("Initial reports suggested the group may be responsible.", "Initial reports");
}

#[test]
fn a_section_label_is_no_headline_speaker() {
    for title in [
        "Profile: David Miliband",
        "Preview: Ireland v England (Sun)",
        "Analysis: No pain, no gain?",
    ] {
        let a = article(title, "He was born in London.");
        assert!(found(&a).iter().all(|(k, _, _)| *k != Kind::Headline), "{title}");
    }
    // A name that ends in such a word is still a speaker.
    let a = article("Judicial Watch: State Department hid key email for years", "It was found.");
    assert_eq!(
        found(&a).first().map(|(k, _, s)| (*k, s.clone())),
        Some((Kind::Headline, Some("Judicial Watch".to_string())))
    );
}

#[test]
fn a_team_sheet_or_a_table_line_is_no_statement() {
    assert_statements(
        "It has signed an agreement, the bank said.\n\nReplacements: Fortey, Murphy, Daly, Vaili, Cole\n\nSubs: Marshall, Henchoz, Juninho Paulista, Lambert\n\nPARANA STATE: UMUARAMA NIL, PARANAVAI 1.5 MILLIMETRES, LONDRINA NIL\n\nDue: 27    35",
        &[("It has signed an agreement", Some("bank"))],
    );
    // A list inside what someone says is a statement all the same.
    let a = article("Clinton: Trump, Cruz and Rubio are all wrong", "She spoke.");
    assert_eq!(found(&a).first().map(|(k, _, _)| *k), Some(Kind::Headline));
}

#[test]
fn a_name_ends_with_its_paragraph() {
    assert_eq!(
        speakers(
            "Aid budgets are falling, says Oxfam\n\nBarbara Stocking said: \"This scandal must stop.\""
        ),
        [Some("Oxfam".to_string()), Some("Barbara Stocking".to_string())]
    );
    // A short newswire item wrapped at a name is one paragraph.
    assert_speaker(
        "Medco Containment Services\nInc said its board declared an initial dividend.",
        "Medco Containment Services Inc",
    );
}

#[test]
fn a_possessive_before_a_name_is_whose_the_person_is() {
    assert_speaker("\"It is going to be close,\" said Ladbrokes' Warren Lush.", "Warren Lush");
    assert_speaker("Celtic's Neil Lennon said the team would win.", "Neil Lennon");
    assert_speaker("\"It is fine,\" said Reuters' correspondent Warren Lush.", "Warren Lush");
}

#[test]
fn a_trade_before_a_name_is_a_title() {
    assert_speaker(
        "\"Godzilla should thank you,\" said Final Wars producer Shogo Tomiyama.",
        "Shogo Tomiyama",
    );
    assert_speaker("Boss Graeme Souness said the team had not been good enough.", "Graeme Souness");
}

#[test]
fn a_month_after_in_is_no_part_of_a_name() {
    assert_speaker("In February Alleghany agreed to buy the steel business.", "Alleghany");
}

#[test]
fn a_role_linked_to_a_person_is_not_that_person() {
    assert_eq!(
        speakers(
            "Governor Rudy Perpich met the union.\n\nA spokesman for the governor said nothing will be decided today."
        ),
        [Some("a spokesman for the governor".to_string())]
    );
    assert_eq!(
        speakers(
            "Charity boss Gordon Lishman said the parties must act.\n\nA survey for the charity suggests most older people always vote."
        ),
        [Some("Gordon Lishman".to_string()), Some("a survey for the charity".to_string())]
    );
    // Whom an apposition called that role is still that person.
    assert_speaker(
        "Tony Proffitt, an aide to State Comptroller Bob Bullock, said the tax was the only option.",
        "Tony Proffitt",
    );
}

#[test]
fn it_stands_for_the_name_that_opens_the_sentence_before() {
    assert_eq!(
        speakers(
            "Inland Steel Industries has formed a joint venture with Nippon Steel Corp.\n\nThe plant will cut production times, it said."
        ),
        [Some("Inland Steel Industries".to_string())]
    );
    assert_eq!(
        speakers("Shares in Multiplex Group fell 19% after it said it would not make any money."),
        [Some("Multiplex Group".to_string())]
    );
    assert_eq!(
        speakers(
            "The U.S. Energy Department issued a request for proposals for a part of the Alaska Power Administration.\n\nIt said invitations were sent to two companies."
        ),
        [Some("Energy Department".to_string())]
    );
    // Not a name inside the sentence, nor a person an office names (the
    // sentence's subject is).
    assert_eq!(
        speakers(
            "Texaco shares fell.\n\nYesterday the Supreme Court struck down a ruling which had cut the bond of Texaco to one billion dlrs. It said the issue should first be considered in Texas."
        ),
        [None]
    );
    assert_eq!(
        speakers(
            "Under President Chavez, the government has expanded its role. It recently said all mining contracts would be reviewed."
        ),
        [Some("government".to_string())]
    );
}

#[test]
fn a_noun_before_an_auxiliary_is_no_verb() {
    assert_statements("Past shows have featured viewers eating spiders and live worms.", &[]);
    assert_statements(
        "Published reports have said Long is under investigation.",
        &[("Long is under investigation", Some("Published reports"))],
    );
    assert_statements(
        "Domestic demand may grow nearly four pct in 1987, the ministry said.",
        &[("Domestic demand may grow nearly four pct in 1987", Some("ministry"))],
    );
    // A verb whose subject is a relative's gap, or after a pronoun.
    assert_speaker(
        "The cuts, which Laurence Tisch hopes will save 30 mln dlrs, were announced.",
        "Laurence Tisch",
    );
    assert_eq!(
        one("They sued a show they claim is \"a blatant copycat\" of their programme.").1,
        "a blatant copycat"
    );
}

#[test]
fn a_second_credit_after_a_credit_is_its_own_statement() {
    assert_statements(
        "The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say it is currently worth about $18 million.",
        &[
            ("The aircraft was insured at a value of $35 million in 2011", Some("records")),
            ("it is currently worth about $18 million", Some("experts")),
        ],
    );
    // Not more of what the same speaker said.
    assert_statements(
        "The global farm situation is in the midst of the most serious crisis, Shultz said, and how the U.S. responds will determine its role.",
        &[(
            "The global farm situation is in the midst of the most serious crisis and how the U.S. responds will determine its role",
            Some("Shultz"),
        )],
    );
}

#[test]
fn a_noun_before_a_modal_after_a_possessive_or_a_date() {
    assert_speaker(
        "The Commission for Africa's report will be released on 11 March, Tony Blair has said.",
        "Tony Blair",
    );
    assert_statements("Fans with tickets for the February show can attend the new concert.", &[]);
    // A "that" after a verb opens a clause, not a relative's gap.
    assert_speaker(
        "The home secretary said that the media reports were not \"well informed\".",
        "home secretary",
    );
}

#[test]
fn a_poll_or_an_analysis_is_the_source_not_its_outlet() {
    assert_speaker(
        "According to a Reuters/Ipsos poll, the two candidates are in a dead heat.",
        "a Reuters/Ipsos poll",
    );
    assert_speaker(
        "Trump raised the rent, according to a Huffington Post analysis of campaign filings.",
        "a Huffington Post analysis",
    );
    // Not inside a company's name, nor a person's.
    assert_speaker(
        "National Data Corp said it signed a multi-year contract.",
        "National Data Corp",
    );
    assert_eq!(
        speakers(
            "\"It was a penalty,\" said referee Graham Poll.\n\nThe decision was right, according to Graham Poll."
        ),
        [Some("Graham Poll".to_string()), Some("Graham Poll".to_string())]
    );
}

#[test]
fn a_role_of_another_department_is_not_that_person() {
    assert_statements(
        "Plans to extend maternity leave should be in the manifesto, the Trade and Industry Secretary has said.\n\nShadow foreign secretary Michael Ancram said the plans were costly.",
        &[
            (
                "Plans to extend maternity leave should be in the manifesto",
                Some("Trade and Industry Secretary"),
            ),
            ("the plans were costly", Some("Michael Ancram")),
        ],
    );
    // ("The foreign secretary" is not the home secretary named before.)
    assert_eq!(
        speakers(
            "Home Secretary Charles Clarke said the law was needed. The foreign secretary said it was for Parliament to decide."
        ),
        [Some("Charles Clarke".to_string()), Some("foreign secretary".to_string())]
    );
    assert_eq!(
        speakers(
            "Foreign Secretary Jack Straw said the law was needed. The foreign secretary said it was for Parliament to decide."
        ),
        [Some("Jack Straw".to_string()), Some("Jack Straw".to_string())]
    );
}

#[test]
fn a_bare_form_after_a_noun_and_its_article_is_a_noun() {
    assert_eq!(
        speakers(
            "Michael Ancram said the referendum question \"seems straightforward\". But he accused the government of trying to confuse the issue."
        ),
        [Some("Michael Ancram".to_string()), Some("Michael Ancram".to_string())]
    );
    // Not a past tense, nor a verb after a plural.
    assert_speaker("The survey found most firms expect growth.", "survey");
    assert_speaker("The officials question whether the plan will work.", "officials");
}

#[test]
fn a_short_wrapped_newswire_item_is_one_paragraph() {
    assert_statements(
        "RCM Technologies Inc said the\nSecurities and Exchange Commission has declared a\npost-effective amendment effective.",
        &[(
            "the Securities and Exchange Commission has declared a post-effective amendment effective",
            Some("RCM Technologies Inc"),
        )],
    );
    assert_statements(
        "Japanese crushers bought 5,000 to 6,000\ntonnes of Canadian rapeseed for May shipment,\ntrade sources said.",
        &[(
            "Japanese crushers bought 5,000 to 6,000 tonnes of Canadian rapeseed for May shipment",
            Some("trade sources"),
        )],
    );
}

#[test]
fn last_weeks_thing_opens_a_clause() {
    assert_one(
        "James Baker said last week's rise in West German interest rates was not in keeping with the accords.",
        "last week's rise in West German interest rates was not in keeping with the accords",
        "James Baker",
    );
    // Still when it was said without the possessive.
    assert_one(
        "James Baker said last week the rise was not in keeping with the accords.",
        "the rise was not in keeping with the accords",
        "James Baker",
    );
}

#[test]
fn an_institution_named_with_and_or_on_is_whole() {
    assert_speaker(
        "The Finance and Economy Ministry said the rate would rise.",
        "Finance and Economy Ministry",
    );
    assert_speaker(
        "The Interministerial Committee on Credit and Savings, headed by Treasury Minister Giovanni Goria, said its decision was right.",
        "Interministerial Committee on Credit and Savings",
    );
    assert_speaker(
        "Valley Federal Savings and Loan Association said it would be acquired.",
        "Valley Federal Savings and Loan Association",
    );
    // Two speakers joined are still two.
    assert_speaker("John Smith and the committee said it was right.", "committee");
}

#[test]
fn a_full_stop_after_a_decimal_number_ends_the_clause() {
    assert_one(
        "Six units would be scrapped under proposals which the Tories say would save more than £4.3bn. Among the targets are health authorities.",
        "would save more than £4.3bn",
        "Tories",
    );
}

#[test]
fn a_sentence_after_a_finished_quotation_is_no_credit() {
    assert_statements(
        "\"The board has made an offer,\" Ronaldo told the paper. \"My agent has spoken with the club.\" Ronaldo refused to commit his future to the club.",
        &[
            ("The board has made an offer, My agent has spoken with the club.", Some("Ronaldo")),
            ("to commit his future to the club", Some("Ronaldo")),
        ],
    );
    // (The second paragraph's quotation goes on with the first's speaker.)
    assert_eq!(
        speakers(
            "\"Everyone is beatable,\" Kuznetsova said.\n\n\"I am looking forward to a great match.\" Williams blamed her defeat on injuries."
        ),
        [Some("Kuznetsova".to_string()), Some("Williams".to_string())]
    );
    // A credit with a particle is still one.
    assert_speaker("\"Mexico!\" the audience screamed back.", "audience");
}

#[test]
fn a_short_parenthesis_inside_a_name_is_part_of_it() {
    assert_speaker(
        "Philippine sugar production has been set at 1.6 mln tonnes, Sugar Regulatory Administration (SRA) chairman Arsenio Yulo said.",
        "Arsenio Yulo",
    );
    assert_speaker(
        "The basic point is that we will not pay, a Bank of Sudan (Central Bank) spokesman said.",
        "a Bank of Sudan (Central Bank) spokesman",
    );
}

#[test]
fn a_determiner_reaches_back_over_a_longer_name() {
    assert_speaker(
        "The state-run North Korean Central News Agency, monitored here, said Pyongyang signalled its agreement.",
        "North Korean Central News Agency",
    );
    assert_speaker(
        "The Louisiana weekly USDA state crop report said there were 2.4 days suitable for fieldwork.",
        "Louisiana weekly USDA state crop report",
    );
}

#[test]
fn where_it_was_said_is_no_speaker() {
    assert_speaker(
        "Conable in a television interview said Brazil now has the attention of its creditors.",
        "Conable",
    );
    assert_speaker(
        "Allis-Chalmers Corp in a statement said it planned to continue payments to its vendors.",
        "Allis-Chalmers Corp",
    );
}

#[test]
fn lowercase_words_after_a_bodys_letters_describe_the_name() {
    assert_speaker(
        "A blog is created every 5.8 seconds, according to US research think-tank Pew Internet and American Life.",
        "Pew Internet",
    );
    // And what someone was told may be a question's clause after whom.
    assert_one(
        "Matthew Herren told the BBC programme Go Digital how the organisation uses satellite radio.",
        "how the organisation uses satellite radio",
        "Matthew Herren",
    );
}

#[test]
fn a_mentions_honorific_tells_whom_he_or_she_stands_for() {
    assert_eq!(
        speakers(
            "Cherie Blair spoke. Downing Street said she was speaking as a lawyer. Mrs Blair's remarks were made in a speech. She said the decision was right."
        ),
        [Some("Downing Street".to_string()), Some("Cherie Blair".to_string())]
    );
    assert_eq!(
        speakers(
            "Rhona Brankin said the review was needed. Ms Sturgeon has written to Mr McConnell. She said questions must be answered."
        ),
        [Some("Rhona Brankin".to_string()), Some("Sturgeon".to_string())]
    );
}

#[test]
fn it_may_stand_for_a_seat_of_power() {
    assert_eq!(
        speakers(
            "Cherie Blair spoke. Downing Street said she was speaking as a lawyer. It said she was not expressing political opinions."
        ),
        [Some("Downing Street".to_string()), Some("Downing Street".to_string())]
    );
}

#[test]
fn a_time_opening_the_sentence_is_no_part_of_the_speaker() {
    assert_speaker(
        "Last week Grammy producers announced the show will be hosted by Queen Latifah.",
        "Grammy producers",
    );
    assert_speaker(
        "Earlier this week Grammy producers announced the show will be hosted by Queen Latifah.",
        "Grammy producers",
    );
    // Not a name: "CBS This Morning".
    assert_speaker(
        "\"It was the first time,\" CBS This Morning co-anchor DeMarco Morgan said.",
        "DeMarco Morgan",
    );
    // And a second verb past "then" is the subject's.
    assert_speaker(
        "This week Hughes Tool Co seemed to back out of the merger but then said it was still interested.",
        "Hughes Tool Co",
    );
}

#[test]
fn a_role_in_lowercase_between_a_body_and_a_name() {
    assert_speaker(
        "\"We must not forget that ours is still a vulnerable economy,\" said Fiat managing director Cesare Romiti.",
        "Cesare Romiti",
    );
    assert_speaker(
        "\"It is a positive development,\" said Oxfam senior policy adviser Max Lawson.",
        "Max Lawson",
    );
    // Two people joined by "and" are not one.
    assert_speaker(
        "\"The system is sound,\" said chairman William Schreyer and president Daniel Tully.",
        "William Schreyer",
    );
}

#[test]
fn a_date_after_a_name_is_no_speaker() {
    assert_speaker(
        "Michigan General in March had said that the exchange offer would be conditioned on approval.",
        "Michigan General",
    );
    assert_speaker("Bouygues in February said it estimated profit at 480 mln francs.", "Bouygues");
}

#[test]
fn a_quotation_inside_the_sentence_after_a_credit_is_not_more_of_the_first() {
    // The writer's sentence goes on past the credit, and its own quoted
    // words are a partial quotation of the same speaker.
    assert_statements(
        "''Revenues are up a little bit,'' said Mr. Ekovich, who noted that the price of some courses had ''cratered'' to about half.",
        &[("Revenues are up a little bit,", Some("Ekovich")), ("cratered", Some("Ekovich"))],
    );
    assert_statements(
        "\"It is pretty clear that they have suffered a severe setback,\" said Anthony Sebok, a professor at Brooklyn Law School, adding that the appeal was what the government \"would be expected to ask for\".",
        &[
            ("It is pretty clear that they have suffered a severe setback,", Some("Anthony Sebok")),
            ("would be expected to ask for", Some("Anthony Sebok")),
        ],
    );
    // An abbreviation's full stop ends the credit: the next quotation goes
    // on with the first.
    assert_one(
        "\"The terms put most of the risk on the manufacturers,\" said analyst Kevin Murphy of Morgan Stanley and Co. \"They're called walkaway leases.\"",
        "The terms put most of the risk on the manufacturers, They're called walkaway leases.",
        "Kevin Murphy",
    );
}

#[test]
fn a_relative_clause_after_a_credit_is_the_credited_speakers() {
    assert_statements(
        "\"So listeners will get the best of both our music tastes,\" says Joel King, 30, who describes outgoing host Wes Butters as \"an extremely professional broadcaster\".",
        &[
            ("So listeners will get the best of both our music tastes,", Some("Joel King")),
            ("an extremely professional broadcaster", Some("Joel King")),
        ],
    );
}

#[test]
fn a_plural_possessive_may_open_a_credit() {
    assert_one(
        "\"We are pretty optimistic he is getting there,\" Wales' team physiotherapist Mark Davies said. \"It has been frustrating.\"",
        "We are pretty optimistic he is getting there, It has been frustrating.",
        "Mark Davies",
    );
}

#[test]
fn a_bare_form_after_a_singular_noun_phrase_is_a_noun() {
    assert_statements(
        "While accepting that people \"have to be prepared\" for a possible terrorist attack, Mr Solana said he had \"qualms\" about the plans.",
        &[("have to be prepared", Some("Solana")), ("qualms", Some("Solana"))],
    );
    // Not a noun inside a phrase after a preposition.
    assert_speaker(
        "Singapore's economy grew fast, figures from the trade ministry show.",
        "figures from the trade ministry",
    );
}

#[test]
fn a_quotation_after_the_writers_words_in_its_paragraph_is_no_more_of_the_last() {
    // It is no more of the quotation in the paragraph before: it goes on
    // from the statement just before it.
    assert_statements(
        "\"We have been sitting very quietly,\" Khizr Khan said.\n\nGhazala Khan says she received a nervous call from her niece. \"She called me, and she was disturbed.\"",
        &[
            ("We have been sitting very quietly,", Some("Khizr Khan")),
            ("she received a nervous call from her niece", Some("Ghazala Khan")),
            ("She called me, and she was disturbed.", Some("Ghazala Khan")),
        ],
    );
    // A paragraph that opens with a quotation still goes on with the one
    // before.
    assert_one(
        "\"We have been sitting very quietly,\" Khizr Khan said.\n\n\"They would come to me and ask.\"",
        "We have been sitting very quietly, They would come to me and ask.",
        "Khizr Khan",
    );
}

#[test]
fn the_name_of_a_work_after_its_maker_is_no_statement() {
    assert_one(
        "\"Politics has never been totally gentlemanly,\" said Jon Meacham, the author of \"Destiny and Power,\" a biography of the 41st president.",
        "Politics has never been totally gentlemanly,",
        "Jon Meacham",
    );
}

#[test]
fn a_quotation_after_a_statement_in_the_sentence_before_goes_on_with_it() {
    assert_statements(
        "With two local TV crews filming, Perez says too many women are torn by guilt. \"They feel like a bad employee and a bad mom.\"",
        &[
            ("too many women are torn by guilt", Some("Perez")),
            ("They feel like a bad employee and a bad mom.", Some("Perez")),
        ],
    );
    // Not after what someone thinks.
    assert_statements(
        "Consumer spending fuelled growth and analysts expect that it will continue. \"It is a growth that will remain fragile.\"",
        &[
            ("it will continue", Some("analysts")),
            ("It is a growth that will remain fragile.", None),
        ],
    );
    // Nor when the quotation's sentence goes on after it.
    assert_statements(
        "Mr Gopinath said the planes will connect Indian cities. \"We have chosen the ATR aircraft,\" AG Edwards Thayer.",
        &[
            ("the planes will connect Indian cities", Some("Gopinath")),
            ("We have chosen the ATR aircraft,", None),
        ],
    );
}

#[test]
fn a_role_linked_to_a_longer_body_is_one_speaker() {
    assert_speaker(
        "\"We know that the dollar will be stronger,\" the chief executive of a leading European car maker told BBC News.",
        "chief executive of a leading European car maker",
    );
    assert_speaker(
        "A spokesman for the Quebec utility said hearings are normally held later.",
        "a spokesman for the Quebec utility",
    );
    // Not across a time: "at the time" is when.
    assert_speaker(
        "Ardbo was marketing head at the time peace groups say the company supplied arms.",
        "time peace groups",
    );
}

#[test]
fn a_name_of_a_place_after_a_role_is_still_the_name() {
    assert_speaker(
        "But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was \"still a lot of work to be done\".",
        "Stefan Johannesson",
    );
    // Not a second person after "and".
    assert_speaker(
        "And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and Gov. John R. Kasich of Ohio, who had a long career in Congress, said their speeches would focus on the subject.",
        "aides to Gov. Chris Christie of New Jersey",
    );
}

#[test]
fn a_credit_after_a_role_may_say_whom_it_was_told_to() {
    assert_one(
        "\"What we are proposing is a civic commons,\" Will Davies, senior research fellow at the IPPR told the BBC News website. \"A single publicly funded community.\"",
        "What we are proposing is a civic commons, A single publicly funded community.",
        "Will Davies",
    );
}

#[test]
fn it_may_stand_for_an_institution_a_few_statements_back() {
    assert_eq!(
        speakers(
            "SmithKline Beckman Corp said its eye care division can grow. \"Acquisitions are a real possibility,\" Gavin Herbert, president of the eye care group, said in the report. In 1986 the group had sales of 433 mln dlrs.\n\nIt said its pharmaceuticals unit will file for approval."
        ),
        [Some("SmithKline Beckman Corp"), Some("Gavin Herbert"), Some("SmithKline Beckman Corp")]
            .map(|s| s.map(str::to_string))
    );
    // Not a person's name of one word, nor a study.
    assert_eq!(
        speakers(
            "A recent study said the traffic doubled. \"We are sorry,\" Sam Jones said. In a message posted on Sunday, the site closed.\n\nIt continued: \"There was no other way.\""
        )
        .last(),
        Some(&None)
    );
}

#[test]
fn a_day_after_an_apposition_is_when_it_was_said() {
    assert_speaker(
        "Mariano Rubio, governor of the Bank of Spain, yesterday said internal demand was growing at six pct.",
        "Mariano Rubio",
    );
    assert_speaker(
        "U.S. House majority leader Thomas Foley, a Washington Democrat, yesterday predicted that the provision will be approved.",
        "Thomas Foley",
    );
    // (A role and its link before the name.)
    assert_speaker(
        "Chairman of the FCA, Frank Naylor, yesterday said the system may lose 1.4 billion dlrs.",
        "Frank Naylor",
    );
}

#[test]
fn it_may_stand_for_the_subject_of_its_sentence_or_the_one_before() {
    assert_speaker(
        "Boeing apologised publicly for the affair after Boeing was accused of espionage, although it claimed it did not gain any unfair advantage.",
        "Boeing",
    );
    assert_speaker(
        "In 2001, the company set up a fund to compensate asbestos victims, but it later admitted the fund was running short of money.",
        "company",
    );
    assert_eq!(
        speakers(
            "The study, from the Centre for Economic Policy Research, does not praise the rough handling. But it argues that rigorous tax policing has benefited all firms."
        ),
        [Some("study".to_string())]
    );
    // Not a capital that only opens a sentence.
    assert_eq!(
        speakers("Tightly packed populations were to blame. It said the losses were high."),
        [None]
    );
}

#[test]
fn a_clause_after_when_may_have_a_verb_in_the_past() {
    assert_one(
        "Osman told reporters yesterday the new law opened the way for foreign banks.",
        "the new law opened the way for foreign banks",
        "Osman",
    );
    assert_one(
        "The agency said on Monday the economy grew at 2.5 pct in 1986.",
        "the economy grew at 2.5 pct in 1986",
        "agency",
    );
    // Not a participle of a passive.
    let f = found(&article(
        "News",
        "VW would not cut back on investment because of the losses, he told workers in a speech before driving the 50 millionth vehicle produced by VW off the line.",
    ));
    assert!(f.iter().all(|(_, w, _)| !w.contains("vehicle")), "{f:?}");
}

#[test]
fn the_sentences_own_verb_after_a_thing_reported_is_a_statement_of_its_own() {
    assert_statements(
        "Onyx Petroleum Exploration Co Ltd, earlier reporting a 1986 net loss, said it converted its debentures into common shares.",
        &[
            ("a 1986 net loss", Some("Onyx Petroleum Exploration Co Ltd")),
            (
                "it converted its debentures into common shares",
                Some("Onyx Petroleum Exploration Co Ltd"),
            ),
        ],
    );
    assert_statements(
        "Acme reported a loss and said it sold a unit.",
        &[("a loss", Some("Acme")), ("it sold a unit", Some("Acme"))],
    );
    let a = article(
        "News",
        "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.",
    );
    assert_eq!(
        found(&a).last(),
        Some(&(
            Kind::Indirect,
            "the Khan family deserved better".to_string(),
            Some("John Kasich".to_string())
        ))
    );
    // Not the clause's own verb after a verb of saying, nor a participle.
    assert_one(
        "Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs.",
        "his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs",
        "Kiedis",
    );
    assert_one(
        "Carl Mottek told a news conference the company expected costs for its hotels, announced today, to be about 150 mln dlrs.",
        "the company expected costs for its hotels, announced today, to be about 150 mln dlrs",
        "Carl Mottek",
    );
}

#[test]
fn whom_someone_told_may_end_in_a_compound_noun() {
    assert_one(
        "Falconer told a news conference the matter had been dealt with by the Attorney General.",
        "the matter had been dealt with by the Attorney General",
        "Falconer",
    );
    assert_one(
        "Clayton Yeutter told a Senate hearing it was possible China could join GATT.",
        "it was possible China could join GATT",
        "Clayton Yeutter",
    );
}

#[test]
fn another_is_another_of_that_kind_and_no_part_of_the_quotation_before() {
    // Its own credit: the quotation is not the one before's, run on.
    assert_statements(
        "\"Prices will fall,\" one dealer said.\n\n\"They will rise,\" said another.",
        &[("Prices will fall,", Some("one dealer")), ("They will rise,", Some("another dealer"))],
    );
    // After a group, another of them.
    assert_eq!(
        speakers("Prices will fall, dealers said. \"They will rise,\" another said."),
        [named("dealers"), named("another of the dealers")]
    );
}

#[test]
fn one_after_a_group_is_one_of_them() {
    assert_eq!(
        speakers(
            "Brazil will have to negotiate, dealers said. \"Brazil did not do this homework,\" one said. \"They pushed ahead with a recovery program.\""
        ),
        [Some("dealers".to_string()), Some("one of the dealers".to_string())]
    );
    // After the quotation too.
    assert_eq!(
        speakers(
            "Brazil will negotiate, sources said. \"We will stay as long as it takes,\" said one."
        )[1],
        Some("one of the sources".to_string())
    );
    // And a text where it was put.
    assert_speaker(
        "\"Kim had considered returning to action,\" a statement on her website said.",
        "a statement on her website",
    );
}

#[test]
fn a_relative_clause_inside_the_subject_goes_on_to_its_verb() {
    assert_one(
        "The official said the volume of the Central Bank CDs, which had a maturity of three months, was still small.",
        "the volume of the Central Bank CDs, which had a maturity of three months, was still small",
        "official",
    );
    // Not one that ends the clause.
    assert_one(
        "The official said the central bank raised its rates again, which surprised dealers.",
        "the central bank raised its rates again",
        "official",
    );
}

#[test]
fn a_state_after_its_town_is_where_not_who() {
    assert_speaker(
        "ProGas Ltd was issued a licence to sell gas to Ocean State Power Co of Burrillville, Rhode Island, the federal energy department said.",
        "federal energy department",
    );
    assert_speaker(
        "The new route network runs from Los Angeles to Fairfax, S.C., Sprint said.",
        "Sprint",
    );
    // A name before its role still is the speaker.
    assert_speaker(
        "The plan will cut costs, Howard Dean, the former governor, said.",
        "Howard Dean",
    );
}

#[test]
fn a_passive_naming_verb_credits_its_agent() {
    assert_speaker(
        "The machine was described by Jobs as \"bring your own display, keyboard, and mouse\".",
        "Jobs",
    );
    assert_speaker("The plan was called \"a disaster\" by Mr Brown.", "Brown");
    // With no agent, no one.
    assert!(
        found(&article("News", "The attachment is labelled as either \"joke\" or \"price\"."))
            .is_empty()
    );
}

#[test]
fn whom_someone_told_may_be_people_a_role_names() {
    assert_one(
        "Labatt will have a good fourth quarter, president Peter Widdrington told financial analysts.",
        "Labatt will have a good fourth quarter",
        "Peter Widdrington",
    );
    assert_one(
        "Satoshi Sumita told business executives the most important issue is the trade imbalance.",
        "the most important issue is the trade imbalance",
        "Satoshi Sumita",
    );
    // Not when whom goes on.
    assert_one(
        "Clayton Yeutter told trade leaders from Japan and Canada that there was a chance the bill would pass.",
        "there was a chance the bill would pass",
        "Clayton Yeutter",
    );
}

#[test]
fn the_company_is_the_one_that_spoke_a_few_statements_before() {
    assert_eq!(
        speakers(
            "Stanley Works Co said it expects record results. \"We feel confident,\" chairman Donald W. Davis said. The company said its first quarter will be strong."
        )
        .last(),
        Some(&Some("Stanley Works Co".to_string()))
    );
    // A lowercase suffix, and a company's letters.
    assert_eq!(
        speakers("Schering-Plough corp said it may sell a unit. The company said talks had begun.")
            .last(),
        Some(&Some("Schering-Plough corp".to_string()))
    );
    assert_eq!(
        speakers("USG said it will ask for more shares. The company said a split is planned.")
            .last(),
        Some(&Some("USG".to_string()))
    );
    // Not a country's letters.
    assert_eq!(
        speakers("The UK said growth was slow. The company said sales were up.").last(),
        Some(&Some("company".to_string()))
    );
}

#[test]
fn the_report_is_the_report_that_spoke_last() {
    assert_eq!(
        speakers(
            "A World Bank report said growth slowed last year.\n\nThe report said violence was the main cause."
        ),
        [Some("a World Bank report".to_string()), Some("a World Bank report".to_string())]
    );
    // Not one that says nothing of whose it is.
    assert_eq!(
        speakers(
            "A report said growth slowed last year.\n\nThe report said violence was the main cause."
        )[1],
        Some("report".to_string())
    );
}

#[test]
fn the_official_is_the_official_described_before() {
    assert_eq!(
        speakers(
            "The bank bought dollars today, a Central Bank official said.\n\nThe official said the volume was still small."
        ),
        [Some("a Central Bank official".to_string()), Some("a Central Bank official".to_string())]
    );
}

#[test]
fn a_short_credit_sentence_before_a_quotation_is_whose_it_is() {
    assert_eq!(
        speakers(
            "\"It will be close,\" said Craig Robinson, an editor.\n\nIowa State University Professor Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\""
        ),
        [Some("Craig Robinson".to_string()), Some("Dianne Bystrom".to_string())]
    );
    // Not a sentence with a clause of its own.
    assert_eq!(
        speakers(
            "\"It will be close,\" said Craig Robinson, an editor.\n\nDianne Bystrom agreed that it was close. \"Mainstream Republicans are running out of time.\""
        )
        .len(),
        3
    );
}

#[test]
fn a_verb_after_would_could_or_might_reports_nothing() {
    // What someone would, could or might say is no statement.
    assert!(
        found(&article(
            "News",
            "A more confident business sector would signal that economic activity was picking up."
        ))
        .is_empty()
    );
    assert!(
        found(&article(
            "News",
            "The San Francisco Police Department could find no record of the incident."
        ))
        .is_empty()
    );
    // What they will say is.
    assert_speaker("The minister will tell parliament that the plan is dead.", "minister");
}

#[test]
fn a_loose_credit_may_hold_a_short_parenthesis() {
    assert_one(
        "The bond is priced at par, lead manager Nikko Securities Co (Europe) Ltd said.",
        "The bond is priced at par",
        "Nikko Securities Co Europe Ltd",
    );
}

#[test]
fn a_credit_in_the_writers_next_sentence_is_not_the_quotations() {
    // "he said" credits the partial quotation of its own sentence; the
    // quotation before goes on with Tripp's first one.
    assert_statements(
        "\"Maybe we're just trying to let the bully learn the lesson,\" Tripp said. \"We're trying to show some mercy to the bully.\" South Carolina, he said, was \"where we have a chance.\"",
        &[
            (
                "Maybe we're just trying to let the bully learn the lesson, We're trying to show some mercy to the bully.",
                Some("Tripp"),
            ),
            ("where we have a chance.", Some("Tripp")),
        ],
    );
}

#[test]
fn a_quotation_goes_on_past_a_role_and_a_name() {
    assert_statements(
        "\"Somebody entered the United States,\" the White House spokesman, Josh Earnest, said on Thursday. \"That program is worth a very close look.\"",
        &[(
            "Somebody entered the United States, That program is worth a very close look.",
            Some("Josh Earnest"),
        )],
    );
}

#[test]
fn a_works_name_is_no_quotation() {
    // The show's name neither opens a statement nor keeps the two
    // quotations apart.
    assert_statements(
        "\"Well, it's more of a consideration than it was,\" Cuban said on NBC's \"Meet the Press.\" \"You don't have to be the perfect candidate.\"",
        &[(
            "Well, it's more of a consideration than it was, You don't have to be the perfect candidate.",
            Some("Cuban"),
        )],
    );
    // A quotation after a sentence that ends with one opens its own.
    let a = article(
        "News",
        "Coach Andy Robinson dropped Dawson after he missed training to film 'A Question of Sport.' \"I always said I would bring Matt back,\" Robinson said. \"He merits his return.\"",
    );
    assert_eq!(found(&a).iter().map(|f| f.0).collect::<Vec<_>>(), [Kind::Direct]);
}

#[test]
fn a_quotation_set_off_by_dashes_and_credited_is_direct() {
    let a = article(
        "News",
        "Mr. Trump has fulminated against plans to shift production to Mexico - \"I love Oreos,\" he said - and vowed to impose a tariff.",
    );
    let kinds: Vec<_> = found(&a).iter().map(|f| f.0).collect();
    assert_eq!(kinds, [Kind::Direct, Kind::Indirect]);
}

#[test]
fn a_dash_before_the_writers_sentence_going_on_credits_no_one() {
    assert_eq!(
        speakers(
            "When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded down on the crowd."
        ),
        Vec::<Option<String>>::new()
    );
}

#[test]
fn titles_may_stand_between_a_credits_comma_and_the_name() {
    assert_speaker(
        "\"We have heard nothing about this,\" Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras said.",
        "Miguel Braceras",
    );
    // A partial quotation reports the writer's sentence around it.
    let a = article(
        "News",
        "H.J. Heinz Co is \"within sight of our 22nd consecutive year of records\" for the fiscal year ending April 30, Chairman and Chief Executive Officer Anthony O'Reilly told investment analysts.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!((s[0].kind, s[0].speaker.as_deref()), (Kind::Partial, Some("Anthony O'Reilly")));
}

#[test]
fn a_role_is_whom_an_abbreviated_title_named() {
    assert_eq!(
        speakers(
            "Florida Sen. Marco Rubio spoke over boos. Donald Trump won the state.\n\nThe Florida senator said he would offer a prayer for the nominee."
        ),
        [Some("Marco Rubio".to_string())]
    );
    assert_eq!(
        speakers("Sen. Bernie Sanders spoke in Iowa.\n\nThe senator said the system was rigged."),
        [Some("Bernie Sanders".to_string())]
    );
    // Not someone else so titled: the senator of another state, or one
    // named before the latest person.
    assert_eq!(
        speakers(
            "Vermont Sen. Bernie Sanders spoke in Iowa. Sen. John McCain spoke too.\n\nThe Ohio senator said the system was rigged."
        ),
        [Some("Ohio senator".to_string())]
    );
    assert_eq!(
        speakers(
            "Sen. John McCain criticised the plan. Ted Cruz defends his record in an ad: \"We must secure the border,\" the senator says."
        ),
        // (Whom the sentence opens with, given no office, is.)
        [Some("John McCain".to_string()), Some("Ted Cruz".to_string())]
    );
}

#[test]
fn a_title_in_quote_marks_is_no_statement_whatever_credit_is_near() {
    // After a speaker's quotation, a show's name that the writer's sentence
    // goes on from.
    assert_statements(
        "\"People love the old shows,\" said Erik Flannigan, an executive.\n\n''Friends'' has been a surprise hit on Netflix.",
        &[("People love the old shows,", Some("Erik Flannigan"))],
    );
    // Names of works in the writer's sentence, with a credit at its end.
    let a = article(
        "News",
        "The actor-singer, who also stars on the Netflix thriller, “Bloodline,” and the PBS drama, “Mercy Street,” returns to the stage this week, his agent added.",
    );
    assert!(found(&a).iter().all(|f| f.0 != Kind::Direct), "{:#?}", found(&a));
    // A word the credit touches is a statement.
    assert_one(
        "Mr. Trump was asked about the deal. \"Absolutely,\" he said.",
        "Absolutely,",
        "Trump",
    );
}

#[test]
fn a_verb_that_reports_a_clause_past_an_aside_credits_no_quotation_before() {
    assert_statements(
        "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''That is my wheelhouse.'' He said, twice, that he was going back to work on Wednesday.",
        &[
            ("Our jobs are being sucked out of our states, That is my wheelhouse.", Some("Trump")),
            ("he was going back to work on Wednesday", Some("Trump")),
        ],
    );
}

#[test]
fn a_longer_adverbial_may_stand_between_said_and_its_clause() {
    assert_one(
        "Brown-Forman Inc said at the suggestion of the American Stock Exchange it has changed the record date.",
        "it has changed the record date",
        "Brown-Forman Inc",
    );
    // Not a clause inside what is announced, nor past a verb of its own.
    assert_speaker(
        "Petroleos de Venezuela will announce within two weeks the name of a foreign consortium it has chosen, president Juan Chacin said.",
        "Juan Chacin",
    );
    assert_one(
        "The company said under the proposed transaction the group would loan it up to 100 mln dlrs.",
        "the group would loan it up to 100 mln dlrs",
        "company",
    );
}

#[test]
fn whom_someone_told_may_be_a_compound_noun_before_that() {
    assert_one(
        "Michael Pachter told the Reuters news agency that he expected Sony to sell 10 million PSPs.",
        "he expected Sony to sell 10 million PSPs",
        "Michael Pachter",
    );
    assert_one(
        "Hans Jucker told a news conference that the greatest drain had been stopped.",
        "the greatest drain had been stopped",
        "Hans Jucker",
    );
}

#[test]
fn whom_someone_told_may_run_to_that_past_where_and_when() {
    assert_one(
        "Jorio Dauster told a news conference in Rio de Janeiro today that Brazil has no set target for its coffee exports.",
        "Brazil has no set target for its coffee exports",
        "Jorio Dauster",
    );
    // Not past a verb: whom someone told has none.
    assert_one(
        "Jorio Dauster told a news conference Brazil now had to reconsider its export plans and that the figure should no longer be its target.",
        "Brazil now had to reconsider its export plans and that the figure should no longer be its target",
        "Jorio Dauster",
    );
}

#[test]
fn it_may_stand_for_a_country_of_two_words_that_opened_the_sentence_before() {
    assert_speaker(
        "South Korea unveiled the plan in November. It said it hoped to narrow its trade deficit with Japan.",
        "South Korea",
    );
    // Not for "it" inside the country's own sentence.
    assert_eq!(
        speakers(
            "If the loan is approved, the United States would not replenish funds for that institution until it agrees to stop making such loans."
        ),
        [None]
    );
}

#[test]
fn he_after_a_spokesman_for_an_institution_is_that_spokesman() {
    // The spokesman speaks for the council: "he" is no one named before.
    assert_eq!(
        speakers(
            "Sandy Powell won the costume prize.\n\nA spokesman for the UK Film Council said: \"It is disappointing not to have more British winners.\" He added: \"It was extraordinary to have 24 British nominees.\""
        ),
        [Some("UK Film Council".to_string()), Some("UK Film Council".to_string())]
    );
}

#[test]
fn a_state_that_ends_a_description_is_no_surname() {
    assert_speaker(
        "Many voters in South Florida are angry.\n\nTwo Republican members of Congress from Florida have said they will not back Mr. Trump.",
        "Two Republican members of Congress from Florida",
    );
}

#[test]
fn where_a_body_said_it_is_no_part_of_its_name() {
    assert_speaker(
        "The committee in its report said: \"We note that all present SDI work falls in the narrow interpretation.\"",
        "committee",
    );
}

#[test]
fn straight_quotes_within_a_straight_quotation_quote_words_in_it() {
    assert_one(
        "\"We note that all present SDI work falls in the \"narrow\" interpretation of the treaty,\" the committee said.",
        "We note that all present SDI work falls in the \"narrow\" interpretation of the treaty,",
        "committee",
    );
    // One mark may close both, or a single mark the words within.
    assert_speaker(
        "\"One thing is clear and that is I'm putting up \"no greenmail,\" Gabelli said.",
        "Gabelli",
    );
    assert_speaker(
        "\"Commercial paper is cheaper than the traditional \"kasgeldleningen',\" said alderman Walter Etty.",
        "Walter Etty",
    );
}

#[test]
fn a_sentence_quoted_right_after_its_verb_is_direct_though_lowercase() {
    let a = article(
        "News",
        "Hillary Clinton spoke in Manhattan. She says “we worked hard to keep New York values at the center.”",
    );
    assert_eq!(found(&a).iter().map(|f| f.0).collect::<Vec<_>>(), [Kind::Direct]);
    // A phrase the writer borrows stays partial.
    let a = article("News", "Obama closed his speech urging “a politics of hope.”");
    assert_eq!(found(&a).iter().map(|f| f.0).collect::<Vec<_>>(), [Kind::Partial]);
}

#[test]
fn general_opens_a_companys_name_too() {
    assert_eq!(
        speakers(
            "General Partners said the offer expires April 14. It said the offer is conditioned on financing."
        ),
        [Some("General Partners".to_string()), Some("General Partners".to_string())]
    );
    assert_speaker(
        "General Motors hopes to sell 8,000 vehicles in Europe this year.",
        "General Motors",
    );
    // A general is still one.
    assert_speaker("General Javier Solana said the alliance was ready.", "Javier Solana");
}

#[test]
fn a_title_before_of_is_the_roles_head() {
    // Not the car maker named before, whose apposition called it one.
    assert_eq!(
        speakers(
            "General Motors, the world's largest car maker, has confirmed that it will build a new Cadillac.\n\n\"We know that in five years the US dollar will be stronger,\" the chief executive of a leading European car maker told BBC News."
        )[1],
        Some("chief executive of a leading European car maker".to_string())
    );
}

#[test]
fn an_institution_for_a_matter_is_named_whole() {
    assert_eq!(
        speakers(
            "French industry is failing, the Organisation for Economic Cooperation and Development said. Unemployment could climb to 11.5 pct, it said."
        ),
        [
            Some("Organisation for Economic Cooperation and Development".to_string()),
            Some("Organisation for Economic Cooperation and Development".to_string())
        ]
    );
    assert_speaker(
        "A tax on trades would raise $220 billion, the Center for Economic and Policy Research found.",
        "Center for Economic and Policy Research",
    );
}

#[test]
fn an_organisation_for_a_matter_and_its_letters_credit_a_sentence() {
    assert_speaker(
        "Weakness has left the government little room, the Organisation for Economic Cooperation and Development (OECD) said.",
        "Organisation for Economic Cooperation and Development",
    );
}

#[test]
fn the_subject_of_was_quoted_as_saying_is_the_speaker() {
    assert_one(
        "Sheikh Ali al-Sabah was quoted by the local daily al-Qabas as saying that no members had asked for a meeting.",
        "no members had asked for a meeting",
        "Ali al-Sabah",
    );
    assert_eq!(
        speakers(
            "Sheikh Ali al-Sabah was quoted as saying: \"None of the OPEC members has asked for such a meeting.\"\n\nHe denied Kuwait was pumping above its quota."
        ),
        [Some("Ali al-Sabah".to_string()), Some("Ali al-Sabah".to_string())]
    );
    // Whom someone quotes, in a few words only.
    assert_not_credited(
        "The Anatolian Agency quoted Turkish Minister of Industry and Trade Cahit Aral as saying Turkey will export sugar.",
        "Industry",
    );
}

#[test]
fn a_month_before_the_verb_is_when_not_who() {
    assert_speaker(
        "The CBI's monthly trends survey for March shows that 43 pct of firms expect to raise output.",
        "CBI's monthly trends survey",
    );
    // Not past another verb: a list is no statement.
    assert!(
        found(&article("News", "The major destinations in February were: China, Egypt and Iraq."))
            .is_empty()
    );
}

#[test]
fn a_works_name_in_apposition_to_the_work_is_no_quotation() {
    let a = article(
        "News",
        "The group is spending $50,000 on a web campaign. One ad, \"Balanced Rebellion,\" stars an Abraham Lincoln impersonator who promises that Johnson will win.",
    );
    assert!(found(&a).iter().all(|f| f.0 != Kind::Direct), "{:#?}", found(&a));
}

#[test]
fn whom_someone_told_may_be_a_stations_programme() {
    assert_one(
        "Charles Kennedy told BBC Radio 4's Today programme there was no possibility of a coalition.",
        "there was no possibility of a coalition",
        "Charles Kennedy",
    );
}

#[test]
fn an_interrupted_quotation_goes_on_past_a_credit_that_explains_why() {
    assert_one(
        "\u{201c}Many people are uncertain this year,\u{201d} Thiel wrote in a statement explaining why he is speaking at the convention, \u{201c}but most Americans agree that our country is on the wrong track.\u{201d}",
        "Many people are uncertain this year, but most Americans agree that our country is on the wrong track.",
        "Thiel",
    );
    // A verb that introduces the next quotation still does.
    assert_eq!(
        speakers("\u{201c}We will win,\u{201d} Cruz said before asking the crowd, \u{201c}Who is with me?\u{201d}").len(),
        2
    );
}

#[test]
fn a_possessive_inside_an_institutions_name_is_the_names() {
    assert_speaker(
        "Standard and Poor's Corp said it raised Bay State Gas Co's preferred stock to A.",
        "Standard and Poor's Corp",
    );
    assert_eq!(
        speakers(
            "Thailand's Commerce Ministry announced a new export quota. The ministry said the quota was based on stocks surveyed last week."
        ),
        [
            Some("Thailand's Commerce Ministry".to_string()),
            Some("Thailand's Commerce Ministry".to_string())
        ]
    );
    assert_eq!(
        speakers(
            "Carling O'Keefe Ltd said it sold its wine unit. The company said the sale would close in March."
        ),
        [Some("Carling O'Keefe Ltd".to_string()), Some("Carling O'Keefe Ltd".to_string())]
    );
}

#[test]
fn initials_are_part_of_a_name() {
    assert_speaker(
        "Negotiations will be lengthy, said A.W. Clausen, BankAmerica's chairman.",
        "A.W. Clausen",
    );
    // A later mention past the initials is the same company.
    assert_eq!(
        speakers(
            "B.F. Goodrich Co said it will phase out production. Goodrich said it will continue to make chemicals."
        ),
        [Some("B.F. Goodrich Co".to_string()), Some("B.F. Goodrich Co".to_string())]
    );
    // A country's letters are not initials.
    assert_speaker(
        "U.S. Trade Representative Clayton Yeutter said Japan must open its markets.",
        "Clayton Yeutter",
    );
}

#[test]
fn a_companys_and_co_is_inside_its_name() {
    assert_eq!(
        speakers(
            "Rates may fall, said J.P. Morgan and Co Inc chairman Lewis Preston. He said rates could decline."
        ),
        [Some("Lewis Preston".to_string()), Some("Lewis Preston".to_string())]
    );
    assert_speaker("Kloeckner & Co KGaA said its profit fell.", "Kloeckner & Co KGaA");
    // A company's suffix that ends the sentence is written as elsewhere.
    assert_speaker(
        "The notes were priced at par, said lead manager Salomon Brothers Inc.",
        "Salomon Brothers Inc",
    );
}

#[test]
fn an_apposition_that_runs_into_its_verb_after_an_object_is_the_subject() {
    assert_eq!(
        speakers(
            "French Finance Minister Edouard Balladur discussed spending with British Chancellor of the Exchequer Nigel Lawson, a Treasury spokesman said. The spokesman said the talks were friendly."
        ),
        [Some("a Treasury spokesman".to_string()), Some("a Treasury spokesman".to_string())]
    );
    // A subject whose apposition lacks only its closing comma keeps it.
    assert_speaker(
        "\"We are losing our semiconductors,\" subcommittee chairman James Florio, a New Jersey Democrat said.",
        "James Florio",
    );
}

#[test]
fn a_role_is_not_the_deputys_or_the_shadows() {
    assert_eq!(
        speakers(
            "Deputy Prime Minister John Prescott hosted the dinner. The prime minister said he would stay."
        ),
        [Some("prime minister".to_string())]
    );
    assert_eq!(
        speakers(
            "Shadow chancellor Oliver Letwin proposed cuts. Chancellor Gordon Brown spoke in Gateshead. The chancellor said the cuts were reckless."
        ),
        [Some("Gordon Brown".to_string())]
    );
    // Nor is "the company" a person who works there.
    assert_eq!(
        speakers(
            "Anheuser-Busch Cos Inc said Dennis Long, vice president of the company, is resigning. The company said it accepted his resignation."
        ),
        [Some("Anheuser-Busch Cos Inc".to_string()), Some("Anheuser-Busch Cos Inc".to_string())]
    );
}

#[test]
fn expressing_voicing_echoing_and_denouncing_report_what_follows() {
    assert_one(
        "Italy's top industrialists expressed concern that the crisis could jeopardise progress.",
        "concern that the crisis could jeopardise progress",
        "Italy's top industrialists",
    );
    assert_one(
        "Senator John Warner voiced concern that the Soviet Union might raise its presence.",
        "concern that the Soviet Union might raise its presence",
        "John Warner",
    );
    // What they denounced ends before when it was.
    assert_one(
        "The agency Tass denounced the attack on the platform on Monday.",
        "the attack on the platform",
        "Tass",
    );
    // The words before such a verb are no statement of its.
    assert!(
        found(&article("News", "Canada, a key gold producer, also expressed reservations."))
            .is_empty()
    );
}

#[test]
fn a_clause_the_writer_opens_after_a_quotation_does_not_credit_it() {
    assert_statements(
        "\u{201c}In breaking news,\u{201d} Axelrod tweeted, \u{201c}Clinton wins an endorsement from her press secretary,\u{201d} after Clinton spokesman Brian Fallon expressed his support for his boss online.",
        &[
            (
                "In breaking news, Clinton wins an endorsement from her press secretary,",
                Some("Axelrod"),
            ),
            ("his support for his boss online", Some("Brian Fallon")),
        ],
    );
    // Whom someone told, in quote marks, is no more of the quotation.
    let a = article(
        "News",
        "\"We have to really increase the bombings,\" the nominee told \"Fox and Friends\" after he was asked about it.",
    );
    assert!(
        found(&a).iter().any(|f| f.1 == "We have to really increase the bombings,"),
        "{:#?}",
        found(&a)
    );
}

#[test]
fn plain_nouns_before_a_role_are_part_of_the_speaker() {
    assert_eq!(
        direct_mention(
            "\"There was wrongdoing,\" said a former senior law enforcement official. \"But was it criminal?\""
        )
        .as_deref(),
        Some("a former senior law enforcement official")
    );
    assert_speaker("Prices will firm next week, Dutch trade sources said.", "Dutch trade sources");
    // Not a verb before them: the name alone speaks.
    assert_speaker(
        "Monitoring firm Netcraft analysed response times for some sites and said they had slowed.",
        "Netcraft",
    );
}

#[test]
fn he_is_the_subject_after_a_one_word_opening() {
    assert_eq!(
        speakers(
            "Luay Sami said the city was good. Recently, Herman Cain, the former candidate, was asked by a caller why men come. \"So they can hurt us,\" he said."
        ),
        [Some("Luay Sami".to_string()), Some("Herman Cain".to_string())]
    );
}

#[test]
fn a_countrys_letters_are_no_role() {
    let s = speakers(
        "After the U.S. Refugee Act of 1980 established a process, Clarkston grew.\n\nOpponents of refugees into the U.S. cite concerns that the region is rife with terrorists.",
    );
    assert!(s.iter().all(|s| s.as_deref() != Some("Refugee Act")), "{s:?}");
}

#[test]
fn a_source_close_to_someone_is_the_source() {
    assert_eq!(
        direct_mention(
            "\"The group does not even have an office here,\" a source close to the industry said."
        )
        .as_deref(),
        Some("a source close to the industry")
    );
    assert_speaker(
        "South African negotiators had worked out a favorable agreement, sources close to the ministry said.",
        "sources close to the ministry",
    );
}

#[test]
fn first_opens_a_companys_name() {
    assert_eq!(
        speakers("First Interstate Bancorp said its profit rose. It said the ratio was 6.14 pct."),
        [
            Some("First Interstate Bancorp".to_string()),
            Some("First Interstate Bancorp".to_string())
        ]
    );
    // "First Lady" is a title.
    assert_speaker("First Lady Michelle Obama said the plan was good.", "Michelle Obama");
}

#[test]
fn what_someone_must_should_or_may_yet_say_is_no_statement() {
    for body in [
        "Under existing law, Congress must agree to oil and gas exploration.",
        "The council should announce its decision next Tuesday.",
    ] {
        let a = article("News", body);
        assert!(found(&a).is_empty(), "{body}: {:#?}", found(&a));
    }
    // "May" is a name.
    assert_speaker("Theresa May said the law would be repealed.", "Theresa May");
}

#[test]
fn a_rule_or_a_deal_things_are_done_by_is_no_source() {
    assert!(
        found(&article(
            "News",
            "According to the terms of the agreement, the company will pay 5 mln dlrs."
        ))
        .is_empty()
    );
    let a = article(
        "News",
        "Clare Short said the full advice should have been attached, according to the ministerial code.",
    );
    assert!(found(&a).iter().all(|f| f.2.as_deref() == Some("Clare Short")), "{:#?}", found(&a));
}

#[test]
fn someone_new_by_an_indefinite_article_is_not_who_held_part_of_the_role() {
    assert_speaker(
        "Malcolm Hoenlein, chief executive of the Conference of Presidents, spoke. Mr. Netanyahu appointed a diplomacy chief who had accused Mr. Obama of anti-Semitism.",
        "a diplomacy chief",
    );
    // Every word of the role said of someone is still that someone.
    assert_eq!(
        speakers(
            "John Smith, a spokesman for the company, said sales rose. Later a spokesman said prices would fall."
        ),
        [Some("John Smith".to_string()), Some("John Smith".to_string())]
    );
}

#[test]
fn versus_in_a_cases_name_ends_no_sentence() {
    let a = article(
        "News",
        "Clinton attacked Trump, saying he would appoint judges who would overturn Roe v. Wade, and reminded the audience of his comments.",
    );
    let f = found(&a);
    assert!(f.iter().any(|f| f.1.ends_with("overturn Roe v. Wade")), "{f:#?}");
    assert!(f.iter().all(|f| f.2.as_deref() == Some("Clinton")), "{f:#?}");
}

#[test]
fn a_plural_role_is_no_ones_surname() {
    assert_eq!(
        speakers(
            "The Association of International Bond Dealers met. Dealers said the yen could top the tables."
        ),
        [Some("dealers".to_string())]
    );
}

#[test]
fn a_companys_or_a_bodys_possessive_is_whose_the_name_is() {
    assert_speaker(
        "Texas Air Corp's Continental Airlines said its traffic rose 12 pct in March.",
        "Continental Airlines",
    );
    // A name's own possessive stays.
    assert_speaker(
        "Moody's Investors Service Inc said it may downgrade the debt.",
        "Moody's Investors Service Inc",
    );
    // Someone new by "one" is no one named before.
    assert_speaker(
        "Masaki Shimazu, a yen bond manager, spoke first. Prices will fall, said one yen bond manager.",
        "one yen bond manager",
    );
}

#[test]
fn a_quotation_after_someone_elses_credit_is_theirs_not_more_of_the_last() {
    assert_statements(
        "Labour spokesman Fraser Kemp responded: \"Britain is working.\" The catastrophe was overshadowing the hopes, Mr Howard said.\n\n\"We watched the scenes of destruction with disbelief.\"",
        &[
            ("Britain is working.", Some("Fraser Kemp")),
            ("The catastrophe was overshadowing the hopes", Some("Howard")),
            ("We watched the scenes of destruction with disbelief.", Some("Howard")),
        ],
    );
}

#[test]
fn a_credit_after_a_quotation_may_lack_a_comma_or_a_role_word() {
    // A relative clause whose closing comma was left out.
    assert_eq!(
        direct_mention(
            "\"We are not a gang,\" Katie Packer, who is chairman of the group said in a statement."
        )
        .as_deref(),
        Some("Katie Packer")
    );
    // Plain words that open with an article and run into the verb.
    assert_eq!(
        direct_mention("\"She will stand up to the gun lobby,\" a voice-over in the ad says.")
            .as_deref(),
        Some("a voice-over in the ad")
    );
    // Not whom a paper quoted.
    assert_speaker(
        "\"We support the freedom of navigation,\" the agency quoted Ernest Zverev as saying.",
        "Ernest Zverev",
    );
    // Where someone is, is no one.
    assert_speaker(
        "Prices will fall sharply, an LDP candidate in Tokyo told Reuters.",
        "an LDP candidate in Tokyo",
    );
}

#[test]
fn a_retort_before_a_colon_is_its_subjects() {
    assert_speaker("Sanders delivered a snappy retort: \"No one is tearing this up.\"", "Sanders");
    // A preposition's object before the colon is no speaker.
    let s = speakers(
        "At a conference that month, the graduate ended her speech by quoting Leonardo da Vinci in Italian: \"Every obstacle yields to stern resolve.\"",
    );
    assert!(s.iter().all(|s| s.as_deref() != Some("Italian")), "{s:?}");
}

#[test]
fn it_stands_for_a_report_or_a_submission_that_spoke() {
    assert_eq!(
        speakers(
            "Output rose to 737.3 mln baskets, a cabinet report to parliament said. Paddy output in 1984-1985 was 699.1 mln baskets, it said."
        ),
        [
            Some("a cabinet report to parliament".to_string()),
            Some("a cabinet report to parliament".to_string())
        ]
    );
    assert_eq!(
        speakers(
            "Wheat must be sold at lower grades, the AWB submission said. It stressed the need to segregate wheat categories."
        ),
        [Some("AWB submission".to_string()), Some("AWB submission".to_string())]
    );
}

#[test]
fn a_name_followed_by_its_verb_and_its_is_a_thing_it_stands_for() {
    assert_eq!(
        speakers("Marine Midland said its profit rose 12 pct. It said loan losses fell."),
        [Some("Marine Midland".to_string()), Some("Marine Midland".to_string())]
    );
    // "it" after the verb may be no one's: the name stays a person.
    assert_eq!(
        speakers(
            "Clayton Yeutter said it was all but certain that tariffs would follow. Asked about it, he said \"We want to see a pattern of compliance.\""
        ),
        [Some("Clayton Yeutter".to_string()), Some("Clayton Yeutter".to_string())]
    );
}

#[test]
fn an_interrupted_quotation_is_one_before_another_credit_in_its_paragraph() {
    assert_statements(
        "\"We will stay,\" Anna Kovacs said, \"and we will win.\" Jane Doe, the former minister, said so.",
        &[("We will stay, and we will win.", Some("Anna Kovacs"))],
    );
}

#[test]
fn a_title_with_a_subtitle_is_no_quotation() {
    let a = article(
        "News",
        "Ted Cruz said he would see the film, \"13 Hours: The Secret Soldiers of Benghazi,\" on Friday.",
    );
    assert!(found(&a).iter().all(|f| f.0 != Kind::Direct), "{:#?}", found(&a));
}

#[test]
fn a_possessive_inside_a_name_stays_in_a_later_short_mention() {
    assert_eq!(
        speakers(
            "Moody's Investors Service Inc said it upgraded Valero Energy Corp's debt.\n\nMoody's cited an improved leverage position."
        ),
        [
            Some("Moody's Investors Service Inc".to_string()),
            Some("Moody's Investors Service Inc".to_string())
        ]
    );
}

#[test]
fn an_owners_possessive_before_a_person_is_no_part_of_the_name() {
    // A name of two words that no list of given names holds.
    assert_speaker("Plaid Cymru's Elfyn Llwyd said the plan was wrong.", "Elfyn Llwyd");
    // A surname after it is someone named before.
    assert_eq!(
        speakers(
            "Peter Greenbaum of Smith Barney said prices rose. Smith Barney's Greenbaum said they would fall again."
        ),
        [Some("Peter Greenbaum".to_string()), Some("Peter Greenbaum".to_string())]
    );
    // Not a party before a name: "Labour" stays out of it.
    assert_eq!(
        speakers(
            "The group, including Labour's Robin Cook, is confident.\n\nMr Cook said elections might help."
        ),
        [Some("Robin Cook".to_string())]
    );
}

#[test]
fn he_is_no_corporation() {
    assert_eq!(
        speakers(
            "James Fry, who heads GM Overseas Distribution Corporation, spoke at a preview.\n\n\"The low dollar makes our prices very attractive,\" he said."
        ),
        [Some("James Fry".to_string())]
    );
}

#[test]
fn a_credit_with_a_role_after_the_name_ends_the_clause_before_it() {
    assert_statements(
        "Jacobs Suchard AG expects a world cocoa surplus in 1987, Jens Sroka, head of commodity buying, told a news conference.",
        &[
            ("Jacobs Suchard AG expects a world cocoa surplus in 1987", Some("Jens Sroka")),
            ("a world cocoa surplus in 1987", Some("Jacobs Suchard AG")),
        ],
    );
    // Without the comma that closes the role, as newswires may write it.
    assert_statements(
        "Refco Inc said it did not halt trading today, John O'Connell, assistant vice president of research told Reuters.",
        &[
            ("Refco Inc said it did not halt trading today", Some("John O'Connell")),
            ("it did not halt trading today", Some("Refco Inc")),
        ],
    );
}

#[test]
fn it_stands_for_a_motor_company() {
    assert_eq!(
        speakers(
            "Hyundai Motor has announced that it plans to build a second plant in India.\n\nHyundai expects its sales in India to grow 16% in 2005. By 2010, it expects to nearly double sales."
        ),
        vec![Some("Hyundai Motor".to_string()); 3]
    );
}

#[test]
fn a_hyphenated_vice_president_is_a_title() {
    assert_speaker(
        "Swiss National Bank Vice-President Markus Lusser said the loopholes must be closed.",
        "Markus Lusser",
    );
    assert_speaker(
        "Treasury Under-secretary Yavuz Canevi said the debt would be repaid.",
        "Yavuz Canevi",
    );
}

#[test]
fn declining_to_be_named_or_declaring_a_dividend_is_no_statement() {
    assert_statements(
        "\"Most banks book loans in Hong Kong,\" said a Japanese banker who declined to be named.",
        &[("Most banks book loans in Hong Kong,", Some("a Japanese banker"))],
    );
    let a = article(
        "News",
        "Ivey Properties Inc declared both an extra dividend of 27 cts a share and a 50 pct stock dividend.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    // What someone declares is still a statement.
    assert_one(
        "The minister declared that the strike was over.",
        "the strike was over",
        "minister",
    );
}

#[test]
fn a_cue_after_a_possessive_and_an_adjective_is_a_noun() {
    let a = article(
        "News",
        "The ministers reconfirmed their individual promises to solve the problem.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    // Not a noun phrase that ends in "-y", nor a rival.
    assert_speaker("Members of his family said they cut their stake.", "members of his family");
    assert_speaker("Boeing was sued after its rival accused it of espionage.", "its rival");
}

#[test]
fn a_particle_is_inside_a_name() {
    assert_eq!(
        speakers(
            "South African inflation will fall sharply this year, Reserve Bank governor Gerhard de Kock said.\n\nDe Kock said wages must rise slowly."
        ),
        vec![Some("Gerhard de Kock".to_string()); 2]
    );
    // The surname with its particle first, the whole name after.
    assert_eq!(
        speakers(
            "De Kock said inflation would fall this year.\n\nReserve Bank governor Gerhard de Kock said reserves rose in February."
        ),
        vec![Some("Gerhard de Kock".to_string()); 2]
    );
}

#[test]
fn people_familiar_with_a_matter_are_the_speaker() {
    for (body, speaker) in [
        (
            "Officials with knowledge of the matter said the deal was close.",
            "officials with knowledge of the matter",
        ),
        (
            "Two people familiar with the talks said the deal was close.",
            "two people familiar with the talks",
        ),
        ("People briefed on the move said it reflected a crisis.", "people briefed on the move"),
        (
            "People familiar with her thinking say she now acknowledges the risk.",
            "people familiar with her thinking",
        ),
    ] {
        assert_speaker(body, speaker);
    }
}

#[test]
fn a_capitalised_of_in_a_headline_is_no_link_of_a_title() {
    let a = parse_wire(
        "The Unhappy Campaign Of Paul Manafort\n\nThis spring, Paul Manafort told friends that the candidate knew all about his work.\n\nManafort politely suggested that this might be seen as condescending.",
    );
    let speakers: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(speakers, vec![Some("Paul Manafort".to_string()); 2]);
}

#[test]
fn the_company_is_a_trust_a_bancorp_or_an_airline_that_spoke_last() {
    assert_eq!(
        speakers(
            "Federal Realty Investment Trust said its management may buy shares.\n\nThe company said it was making the purchases because its stock was cheap."
        ),
        vec![Some("Federal Realty Investment Trust".to_string()); 2]
    );
    assert_eq!(
        speakers("Wyle Laboratories said sales rose.\n\nThe company said orders fell."),
        vec![Some("Wyle Laboratories".to_string()); 2]
    );
    // The full name, not the short one that spoke last; not two companies.
    assert_eq!(
        speakers(
            "Royal Resources Corp said it sold its gold mine.\n\nRoyal Resources said the sale closed Friday.\n\nThe company said the proceeds will pay debt."
        )[2],
        Some("Royal Resources Corp".to_string())
    );
    assert_eq!(
        speakers(
            "Chemlawn Corp and Ecolab Inc said they agreed to merge.\n\nChemlawn said its board approved the deal.\n\nThe company said the offer was fair."
        )[2],
        Some("Chemlawn Corp".to_string())
    );
}

#[test]
fn a_book_a_panel_and_a_regulator_are_sources() {
    assert_speaker(
        "According to a new book, Mr Blair went back on a pledge to make way for Mr Brown.",
        "a new book",
    );
    assert_speaker(
        "The bank was closed after state regulators concluded it was in unsafe condition.",
        "state regulators",
    );
}

#[test]
fn a_bare_credit_that_ends_the_sentence_ends_the_clause_before_it() {
    assert_statements(
        "The company said it will cut 1.6 billion from its budget in fiscal 1989, sources said.",
        &[
            (
                "The company said it will cut 1.6 billion from its budget in fiscal 1989",
                Some("sources"),
            ),
            ("it will cut 1.6 billion from its budget in fiscal 1989", Some("company")),
        ],
    );
    // The credit is whom a later "he" stands for.
    assert_eq!(
        speakers(
            "IBM hopes to participate in the effort, Paul Low, an IBM executive, said.\n\nHe said suppliers would be invited to participate."
        )
        .last(),
        Some(&Some("Paul Low".to_string()))
    );
}

#[test]
fn a_participle_after_the_and_a_possessive_is_an_adjective() {
    let a = article(
        "News",
        "The company's reported loss of 480 mln marks has produced a shake-up among senior staff.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    // "'s" for "has": a verb.
    assert_eq!(one("The company's reported a loss of 480 mln marks.").1, "a loss of 480 mln marks");
}

#[test]
fn as_previously_announced_is_no_statement() {
    let a = article(
        "News",
        "As previously announced, NL plans to distribute shares of NL Chemicals Inc as a spin-off.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
    assert_speaker(
        "As previously reported, Eastern said it will use the proceeds to reduce its debt.",
        "Eastern",
    );
    // Nor "earlier" so.
    for body in [
        "As earlier reported, Adsteam will raise 228.5 mln dlrs through a rights issue.",
        "The reduction resulted from completion of an earlier announced agreement by Peabody to sell a stake.",
    ] {
        let a = article("News", body);
        assert!(found(&a).is_empty(), "{:#?}", found(&a));
    }
    assert_speaker(
        "As earlier reported, Evans said he was inclined to target any tax changes.",
        "Evans",
    );
}

#[test]
fn here_between_the_speaker_and_the_verb_after_a_quotation() {
    assert_eq!(
        direct_mention("\"It is definitely a control,\" one broker here said."),
        Some("one broker".to_string())
    );
}

#[test]
fn alleged_after_a_preposition_is_an_adjective() {
    let a = article(
        "News",
        "Cyprus has protested to the United Nations over alleged airspace violations by the Turkish air force.",
    );
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn a_co_chairman_is_a_title_before_a_subject() {
    assert_eq!(
        speakers(
            "Alan Milburn said Labour would win.\n\nTory co-chairman David Fox opened the conference on Friday. Labour's rule has been characterised by failure, he told the Brighton conference."
        ),
        [Some("Alan Milburn".to_string()), Some("David Fox".to_string())]
    );
}

#[test]
fn an_article_opening_a_described_speaker_is_lowercase() {
    assert_speaker("A Labour Party spokesman said the plan was wrong.", "a Labour Party spokesman");
    assert_speaker("Several Opec members said output would fall.", "several Opec members");
    // A name stays as it is written.
    assert_speaker("Ambuja Cement India Ltd said it plans to buy ACC.", "Ambuja Cement India Ltd");
}

#[test]
fn a_message_named_before_a_colon_is_the_subjects() {
    assert_eq!(
        speakers(
            "Walker said it was sad.\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: \"It's time to quit attacking various people and get on message.\""
        ),
        [Some("Walker".to_string()), Some("Mitch McConnell".to_string())]
    );
}

#[test]
fn a_clause_a_subordinator_opens_is_no_subject() {
    let a = article(
        "News",
        "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, attacking Mr. Trump with a simple message: ''Don't screw this up!''",
    );
    let direct: Vec<_> = found(&a).into_iter().filter(|f| f.0 == Kind::Direct).collect();
    assert_eq!(direct.len(), 1, "{direct:#?}");
    assert_eq!(direct[0].2.as_deref(), Some("Warren"));
}

#[test]
fn opined_and_bragged_credit_a_quotation() {
    assert_eq!(
        direct_mention(
            "Kasich spoke. \"Gun owners should leave their weapons at home,\" opined Cleveland's Plain Dealer."
        ),
        Some("Cleveland's Plain Dealer".to_string())
    );
    // Only a quotation: "bragged about it" reports nothing.
    let a = article("News", "Manafort bragged prematurely about his success.");
    assert!(found(&a).is_empty(), "{:#?}", found(&a));
}

#[test]
fn a_participle_or_a_plural_after_a_curly_possessive_is_no_cue() {
    assert_speaker(
        "Paul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment.”",
        "Paul",
    );
    assert_speaker(
        "Following Obama’s remarks on the tragedy, Trump called for the president to resign.",
        "Trump",
    );
}

#[test]
fn an_office_no_one_was_given_is_the_one_person_named_before() {
    assert_eq!(
        speakers(
            "Gordon Brown has said Britain should stop apologising for its colonial past.\n\nThe chancellor, speaking during a week-long tour of Africa, said the days of apology were over."
        ),
        vec![Some("Gordon Brown".to_string()); 2]
    );
    // Not when someone else was named before, nor with a name after it.
    assert_eq!(
        speakers(
            "Gordon Brown has made an appeal for unity after reports claimed Mr Blair went back on a pledge.\n\nThe prime minister said the reports were old news."
        )[1],
        Some("prime minister".to_string())
    );
    assert_ne!(
        speakers("Kim Howells spoke.\n\nThe Higher Education Minister, Bill Rammell, said the gap was narrowing.")
            .last(),
        Some(&Some("Kim Howells".to_string()))
    );
}

#[test]
fn an_office_in_capitals_before_a_name_is_the_name() {
    assert_speaker(
        "The Higher Education Minister, Kim Howells, said the plan failed.",
        "Kim Howells",
    );
    assert_speaker(
        "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England and Wales, said it was his work.",
        "Woolf",
    );
}

/// The headline statement of an article with this title and body: its
/// words and speaker.
fn headline_of(title: &str, body: &str) -> Option<(String, Option<String>)> {
    let a = article(title, body);
    found(&a).into_iter().find(|(k, _, _)| *k == Kind::Headline).map(|(_, w, s)| (w, s))
}

#[test]
fn a_headline_in_capitals_names_its_speaker_as_the_text_does() {
    let cases = [
        (
            "HAMILTON OIL <HAML> SAYS RESERVES RISE",
            "Hamilton Oil Corp said its reserves rose 10 pct.",
            "Hamilton Oil Corp",
        ),
        (
            "DONALD REGAN SAYS U.S. SHOULD EASE CREDIT SUPPLY",
            "Former White House chief of staff Donald Regan said the U.S. should ease credit.",
            "Donald Regan",
        ),
        (
            "TREASURY'S BAKER SAYS BANK LOANS TOO SLOW",
            "Treasury Secretary James Baker said bank loans were too slow.",
            "James Baker",
        ),
        (
            "FED CHAIRMAN VOLCKER SAYS BANK PROPOSALS A WORRY",
            "Federal Reserve Board Chairman Paul Volcker said he was worried.",
            "Paul Volcker",
        ),
        // Nobody the text names: the whole phrase, not its last word
        // (cased as a name, as the text does not write it).
        (
            "SOUTH AFRICA SAYS 1,500 STILL DETAINEES",
            "The government said 1,500 people are still held.",
            "South Africa",
        ),
        ("MARK IV SAYS IT DOES NOT PLAN BAIRD <BATM> BUY", "The company said so.", "MARK IV"),
        // A government's seat, as the text writes it, not someone who
        // holds a title with "house" in it.
        (
            "WHITE HOUSE SAYS TAX INCREASE NOT NEEDED",
            "House Speaker Jim Wright said a tax increase was needed.",
            "White House",
        ),
    ];
    for (title, body, speaker) in cases {
        assert_eq!(headline_of(title, body).and_then(|h| h.1).as_deref(), Some(speaker), "{title}");
    }
    // A place is no one's surname: "CHINA" is not the "Bank of China", but
    // the country, as its name is written.
    assert_eq!(
        headline_of(
            "CHINA SAYS 1986 BUDGET DEFICIT 7.08 BILLION YUAN",
            "The Bank of China said so."
        )
        .and_then(|h| h.1)
        .as_deref(),
        Some("China")
    );
}

#[test]
fn a_headline_in_capitals_names_a_firm_a_titled_surname_or_a_country_as_written() {
    let cases = [
        (
            "TEXACO <TX> SAYS IT HAS EVIDENCE OF BIAS",
            "Texaco Inc said it had evidence.",
            "Texaco Inc",
        ),
        (
            "REAGAN SAYS TRADE BILL FACES VETO",
            "President Reagan said the trade bill faced a veto.",
            "Reagan",
        ),
        (
            "MIYAZAWA SAYS PRESENT YEN NOT IDEAL",
            "Finance Minister Kiichi Miyazawa said the yen was not ideal.",
            "Kiichi Miyazawa",
        ),
        ("IRAQ SAYS IT HIT TWO SHIPS IN GULF", "Baghdad said its planes hit two ships.", "Iraq"),
    ];
    for (title, body, speaker) in cases {
        assert_eq!(headline_of(title, body).and_then(|h| h.1).as_deref(), Some(speaker), "{title}");
    }
}

#[test]
fn a_title_case_headline_credits_the_words_after_its_verb() {
    assert_eq!(
        headline_of(
            "Conservative Icon Morton Blackwell Endorses Ted Cruz",
            "Morton Blackwell said he would vote for Cruz."
        ),
        Some(("Ted Cruz".to_string(), Some("Morton Blackwell".to_string())))
    );
    assert_eq!(
        headline_of("Glenn Beck Blasts Drudge for Mocking His Fast", "He spoke on Friday."),
        Some(("Drudge for Mocking His Fast".to_string(), Some("Glenn Beck".to_string())))
    );
    // Not a wire's headline in capitals.
    assert_eq!(headline_of("GM CALLS BACK 10,000 CARS", "GM said so."), None);
    assert_eq!(headline_of("U.S. URGES JAPAN TO OPEN MARKETS", "Officials said so."), None);
}

#[test]
fn a_title_in_sentence_case_credits_what_someone_says() {
    assert_eq!(
        headline_of("WMC says Xstrata bid is too low", "The miner rejected the offer."),
        Some(("Xstrata bid is too low".to_string(), Some("WMC".to_string())))
    );
    // Not the subtitle after a semicolon.
    assert_eq!(
        headline_of(
            "Sanders says he's riding momentum; Takes Wisconsin, but Clinton still has the math",
            "Bernie Sanders won."
        ),
        Some(("he's riding momentum".to_string(), Some("Bernie Sanders".to_string())))
    );
}

#[test]
fn a_headlines_said_is_mostly_the_passive() {
    for title in [
        "U.S. AUTO OUTPUT SAID DOWN THIS WEEK",
        "PHIBRO ENERGY CHAIRMAN SAID TO HAVE RESIGNED",
        "OIL PRICES SAID NOW BASED ON FUTURES PRICE",
    ] {
        assert_eq!(headline_of(title, "Output fell, analysts said."), None, "{title}");
    }
    assert_eq!(
        headline_of("COOPER CANADA SAID IT RECEIVED TAKEOVER OFFERS", "Cooper Canada Ltd said so."),
        Some(("IT RECEIVED TAKEOVER OFFERS".to_string(), Some("Cooper Canada Ltd".to_string())))
    );
}

#[test]
fn an_adjective_after_of_the_stays_in_the_speakers_phrase() {
    assert_speaker(
        "Chairman Dan Rostenkowski of the tax-writing House Ways and Means Committee said the president must reconsider.",
        "Dan Rostenkowski",
    );
    assert_speaker(
        "Growth is likely to slow, Helmut Kramer, head of the semi-official Institute for Economic Research said.",
        "Helmut Kramer",
    );
}

#[test]
fn a_party_member_from_a_place_is_the_person_named_before() {
    assert_eq!(
        speakers(
            "Chairman Dan Rostenkowski said today President Reagan must reconsider his opposition.\n\nThe Illinois Democrat, asked on a television interview about tax hikes, said, \"I think the president is going to have to reconsider.\""
        ),
        vec![Some("Dan Rostenkowski".to_string()); 2]
    );
    // The first one named since the latest statement, not the one who
    // spoke before nor one named after.
    assert_eq!(
        speakers(
            "Deputy Assistant Attorney General Roger Andewelt said both departments agreed.\n\nBut subcommittee chairman Howard Metzenbaum wants it shifted now because he feels President Reagan erred.\n\n\"Airline mergers have proceeded at a breakneck pace,\" the Ohio Democrat said."
        ),
        vec![Some("Roger Andewelt".to_string()), Some("Howard Metzenbaum".to_string())]
    );
    // A senator from a place too, and over a line break.
    assert_eq!(
        speakers(
            "Senate Republican leader Robert Dole said support was growing.\n\n    Appearing on television, the Kansas\nsenator said the nomination could be in some difficulty."
        ),
        vec![Some("Robert Dole".to_string()); 2]
    );
}

#[test]
fn a_headline_in_the_text_is_one_line() {
    // A subtitle on the next line is none of its words, and is read for
    // statements of its own.
    assert_statements(
        "Clinton: Trump's view of the world is 'dangerously wrong';\nIn speech to AIPAC, she attacks rival's foreign policy inexperience.",
        &[
            ("Trump's view of the world is 'dangerously wrong'", Some("Clinton")),
            ("rival's foreign policy inexperience", Some("Clinton")),
        ],
    );
    // A name over two lines heads a table's rows.
    assert_statements(
        "Super Tankers  Regular Vessels\n North End:  13 hrs      15 hrs\n South End:   4 hrs      26 hrs",
        &[],
    );
}

#[test]
fn staff_are_a_source() {
    assert_statements(
        "House lawmakers noted that the United States took steps, committee staff said.",
        &[
            ("House lawmakers noted that the United States took steps", Some("committee staff")),
            ("the United States took steps", Some("house lawmakers")),
        ],
    );
    assert_speaker(
        "One former campaign staffer said the campaign had run out of money.",
        "one former campaign staffer",
    );
}

#[test]
fn a_second_verb_after_a_but_clause_is_that_clauses_subjects() {
    assert_speaker(
        "The proposal was narrowly defeated but union leaders voted for a week of action and urged their members to protest on April 10.",
        "union leaders",
    );
    assert_eq!(
        speakers(
            "Japan is in a trade dispute with Washington, but Kurihara told reporters the decision was not made under pressure and described the project as Japanese-led."
        ),
        vec![Some("Kurihara".to_string()); 2]
    );
    // Not a "but" that is no conjunction, nor a subject with no verb after
    // it.
    assert_ne!(
        speakers("The shareholders called for the resignation of all but one of the directors and suggested that a new board pursue talks.")
            .first()
            .cloned()
            .flatten()
            .as_deref(),
        Some("one of the directors")
    );
}

#[test]
fn an_and_inside_an_institutions_name_is_part_of_the_subject() {
    assert_eq!(
        speakers(
            "Securities and Exchange Commission Chairman John Shad said he wanted a better definition of insider trading but thought action should wait."
        ),
        vec![Some("John Shad".to_string()); 2]
    );
    assert_eq!(
        speakers(
            "Sales rose, but the Farm and Industrial Equipment Institute reported sales fell and said demand was weak."
        )
        .last(),
        Some(&Some("Farm and Industrial Equipment Institute".to_string()))
    );
}

#[test]
fn a_name_in_angle_brackets_before_an_apposition_speaks() {
    assert_speaker(
        "<Organon International BV>, a subsidiary of the pharmaceutical division of Dutch chemical group Akzo NV <AKZO.AS>, said it expects growth.",
        "Organon International BV",
    );
    // A dotted "B.V." ends a company's name, which "he" is not.
    assert_eq!(
        speakers(
            "<Billiton International Metals B.V.>, the Dutch mining company, has urged Surinam to change policies, a company spokesman said.\n\nHe told Reuters that Billiton presented the demands."
        )
        .last()
        .cloned()
        .flatten()
        .as_deref(),
        Some("a company spokesman")
    );
}

#[test]
fn where_someone_spoke_may_stand_long_between_the_name_and_the_verb() {
    assert_speaker(
        "Weizsaecker, speaking at a reception held for him by President Raul Alfonsin at Buenos Aires' City Council hall, also said no one could overlook the debt.",
        "Weizsaecker",
    );
    // Not why a source is not named.
    assert!(
        !speakers("Federal officials familiar with the server taken from her house in Chappaqua, N.Y., speaking on the condition of anonymity because they were not authorized to discuss it, said that it had security features.")
            .contains(&Some("N.Y.".to_string()))
    );
}

#[test]
fn a_letter_in_quote_marks_is_no_statement() {
    // The sentence around it is the company's.
    assert_statements(
        "Hutchison Whampoa Ltd said it planned a bonus issue of one new \"B\" share for every two held.",
        &[(
            "it planned a bonus issue of one new \"B\" share for every two held",
            Some("Hutchison Whampoa Ltd"),
        )],
    );
}

#[test]
fn a_companys_letters_open_its_name() {
    assert_eq!(
        speakers(
            "VMS Mortgage L.P. said it declared a regular monthly cash distribution.\n\nMTS Acquisition Corp said it will need about 907 mln dlrs.\n\nIn that announcement, MTS Acquisition said its bankers could provide financing."
        ),
        [Some("VMS Mortgage L.P."), Some("MTS Acquisition Corp"), Some("MTS Acquisition Corp")]
            .map(|s| s.map(str::to_string))
    );
}

#[test]
fn two_fields_of_one_role_may_describe_a_credit_after_a_quotation() {
    assert_eq!(
        direct_mention("\"It is the perfect way to sign off,\" Music Choice music and marketing manager Simon George said.")
            .as_deref(),
        Some("manager Simon George")
    );
}

#[test]
fn a_companys_name_as_it_is_written() {
    assert_eq!(
        speakers(
            "Standard and Poor's said it lowered ratings.\n\n3Com Corp said it filed a registration.\n\nJ.C. Penney co Inc said sales rose."
        ),
        [Some("Standard and Poor's"), Some("3Com Corp"), Some("J.C. Penney co Inc")]
            .map(|s| s.map(str::to_string))
    );
}

#[test]
fn it_is_a_name_whose_own_words_called_it_it() {
    assert_eq!(
        speakers(
            "RKO General said it has asked the commission to reverse a decision.\n\nIt said the decision did not challenge the quality of its service."
        ),
        vec![Some("RKO General".to_string()); 2]
    );
    // Not a group: "people … said its" names no "it".
    assert_eq!(
        speakers(
            "People briefed on the move said its timing was odd.\n\nIt said the plan would fail."
        )
        .last(),
        Some(&None)
    );
}

#[test]
fn a_second_verb_after_but_and_an_auxiliary_is_the_subjects() {
    assert_speaker(
        "Ms Kelly has not set out her detailed views on either issue yet, but has said she intends to put parents first.",
        "Kelly",
    );
    // Not after "and": "Opec remains within its ceiling, and had expected
    // …, Subroto said" reports Subroto's words.
    assert!(
        !speakers("Opec remains within its agreed output ceiling, and had expected current fluctuations in the spot market, Indonesian Energy Minister Subroto said.")
            .contains(&Some("Opec".to_string()))
    );
}

#[test]
fn he_is_a_subject_named_after_what_he_is() {
    let opik = "Lembit Opik, the Liberal Democrat MP, said the law was unclear.\n\n";
    assert_eq!(
        speakers(&format!("{opik}North Devon landowner John Bradshaw was put in touch with the group. He had asked whether the law was clear.")).last(),
        Some(&Some("John Bradshaw".to_string()))
    );
    // A later honorific tells a gender no given name did.
    assert_eq!(
        speakers(&format!("{opik}Giles Bradshaw was put in touch with the group. He had asked whether the law was clear. Mr Bradshaw was told it was an offence.")).last(),
        Some(&Some("Giles Bradshaw".to_string()))
    );
}

#[test]
fn new_opens_a_name() {
    assert_eq!(
        speakers(
            "The New York Times said the deal was off.\n\nNew York Governor Mario Cuomo said he would run.\n\nThe government newspaper New Vision said banks held the money.\n\nThe banks are holding seven mln dlrs, it added."
        ),
        [Some("New York Times"), Some("Mario Cuomo"), Some("New Vision"), Some("New Vision")]
            .map(|s| s.map(str::to_string))
    );
}

#[test]
fn a_place_is_no_he_or_she() {
    assert_eq!(
        speakers("Donald Trump spoke in the morning. South Carolina was the next state to vote. He said he would win.")
            .last(),
        Some(&Some("Donald Trump".to_string()))
    );
    assert_eq!(
        speakers("Donald Trump spoke in the morning. New Hampshire voters were angry. He said he would win.")
            .last(),
        Some(&Some("Donald Trump".to_string()))
    );
    assert_eq!(
        speakers("Sheikh Ali al-Sabah said prices would rise.\n\nPrices in New York last week dropped.\n\nIt had lost custom, he said.")
            .last(),
        Some(&Some("Ali al-Sabah".to_string()))
    );
    // Nor has a place an apposition: "… in New Hampshire, a young woman".
    assert_eq!(
        speakers("At a town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about several women.\n\n''You say that all rape victims should be believed,'' the woman said.")
            .last(),
        Some(&Some("woman".to_string()))
    );
    // Nor is what is "New" someone: "New Labour".
    assert_eq!(
        speakers("Gordon Brown said growth would return.\n\nNew Labour was an electoral device, critics said.\n\nHe said the third term would be better.")
            .last(),
        Some(&Some("Gordon Brown".to_string()))
    );
}

#[test]
fn no_ends_a_sentence_unless_a_number_follows() {
    assert_statements(
        "He said no. The company said it would sell the unit. Jones said it was a No. 1 priority. Amax said alloy No. Three is now 52.5 cents a lb.",
        &[
            // (What "he", whom nothing names, said.)
            ("no", None),
            ("it would sell the unit", Some("company")),
            ("it was a No. 1 priority", Some("Jones")),
            ("alloy No. Three is now 52.5 cents a lb", Some("Amax")),
        ],
    );
}

#[test]
fn a_time_is_no_speaker() {
    assert_eq!(
        speakers(
            "But the last two weeks have signaled the start of a reckoning.\n\nJapanese firms this week announced they would cut output.\n\nA Bank of Japan survey released last week showed earnings may fall.\n\nRNC spokesman Sean Spicer on Thursday evening said the party was not in crisis."
        ),
        [None, Some("Japanese firms"), Some("a Bank of Japan survey"), Some("Sean Spicer")]
            .map(|s| s.map(str::to_string))
    );
}

#[test]
fn a_comma_that_opens_a_paragraph_has_no_phrase_before_it() {
    // (It had asked for the phrase before the paragraph's first token.)
    let a = article("News", "Mark Rutte\n\n,  he  said ");
    let _ = extract_statements(&a, 0);
}

#[test]
fn the_central_bank_is_the_bank_named_before() {
    assert_eq!(
        speakers(
            "The Bank of Spain said it raised the reserve requirement.\n\nIn a statement issued late last night, the central bank said the measure would take effect from March 13.\n\nThe Federal Home Loan Bank Board said it closed the thrift.\n\nThe bank board said depositors were protected."
        ),
        vec![
            Some("Bank of Spain".to_string()),
            Some("Bank of Spain".to_string()),
            Some("Federal Home Loan Bank Board".to_string()),
            Some("Federal Home Loan Bank Board".to_string()),
        ]
    );
    // Not a person's role: "the bank official" stays what it is.
    assert_eq!(
        speakers("A bank official said rates would rise.\n\nThe bank official said the move was expected.")
            .last(),
        Some(&Some("bank official".to_string()))
    );
}

#[test]
fn a_quotation_opening_the_paragraph_after_someones_reported_words_is_theirs() {
    assert_eq!(
        speakers(
            "Mr Cartagena said the industry expects to see investment worth $10bn over the next three years.\n\n\"With these investments, clearly we are going to continue being the principal actor in the mining of copper.\""
        ),
        vec![Some("Cartagena".to_string()); 2]
    );
    // Not after what "they" say.
    assert_eq!(
        speakers(
            "The hardest part is to know whether people are who they say they are.\n\n\"The end solution is to combine something the user knows with something the user has.\""
        )
        .last(),
        Some(&None)
    );
}

#[test]
fn a_number_after_its_article_stays_in_the_speakers_phrase() {
    assert_speaker(
        "A lawyer for the three bloggers said the ruling set a dangerous precedent.",
        "a lawyer for the three bloggers",
    );
}

#[test]
fn two_groups_in_one_subject_speak_together() {
    assert_eq!(
        speakers(
            "Share analysts and commentators say Volkswagen has suffered a loss of face.\n\nBankers and traders said rates would rise."
        ),
        [Some("Share analysts and commentators"), Some("bankers and traders")]
            .map(|s| s.map(str::to_string))
    );
    // Not an object before the subject: "He met bankers and traders said
    // …" is no sentence of two groups.
    assert_ne!(
        speakers("He met bankers and traders said he would.").last(),
        Some(&Some("bankers and traders".to_string()))
    );
}

#[test]
fn an_institution_by_its_name_after_a_comma_is_no_apposition() {
    assert_speaker(
        "France today repaid 21.95 billion francs of debt to the European Monetary Cooperation Fund, EMCF, the Finance Ministry said.",
        "Finance Ministry",
    );
    // A person's description is one: "Howard Dean, the former governor said".
    assert_speaker(
        "The party would win the state, Howard Dean, the former governor said.",
        "Howard Dean",
    );
}

#[test]
fn the_company_is_found_past_its_spokesmans_he() {
    assert_eq!(
        speakers(
            "Honda Motor Co Ltd said it exported its first U.S.-made cars.\n\nThe spokesman said more would follow. He said the decision had not been made.\n\nThe company said demand was strong."
        )
        .last(),
        Some(&Some("Honda Motor Co Ltd".to_string()))
    );
    // And "it" after it is that company too.
    assert_eq!(
        speakers(
            "Johnstown American Cos said it made an exchange offer.\n\nThe spokesman said more would follow.\n\nThe company said the offer was conditioned on releases.\n\nThe offer, it said, is also conditioned on a tender."
        )
        .last(),
        Some(&Some("Johnstown American Cos".to_string()))
    );
}

#[test]
fn the_company_is_found_past_its_chairman() {
    assert_eq!(
        speakers(
            "Tribune Co said layoff costs hurt earnings.\n\n\"It was a difficult year,\" chairman Stanton Cook said.\n\nCook said the paper would recover.\n\nThe company said the charge was 16.7 mln dlrs."
        )
        .last(),
        Some(&Some("Tribune Co".to_string()))
    );
}

#[test]
fn the_over_a_line_break_is_no_part_of_a_description() {
    assert_eq!(
        speakers(
            "CMS Enhancements Inc said it has obtained a ten mln dlr line of credit.\n\nThe credit line will be used to fund growth, the\ncompany said."
        ),
        vec![Some("CMS Enhancements Inc".to_string()); 2]
    );
}

#[test]
fn a_title_word_before_a_companys_suffix_is_its_name() {
    assert_eq!(
        speakers(
            "General Instrument Corp said profits rose.\n\nNational Patent Development Corp said it would merge.\n\nPrime Computer Inc said it cut prices. Prime said sales rose."
        ),
        [
            Some("General Instrument Corp"),
            Some("National Patent Development Corp"),
            Some("Prime Computer Inc"),
            Some("Prime Computer Inc")
        ]
        .map(|s| s.map(str::to_string))
    );
}

#[test]
fn the_company_no_one_spoke_for_is_the_one_the_lead_names() {
    assert_eq!(
        speakers(
            "Ford Motor Co is to invest 23 mln stg in its Bridgend engine plant, the Press Association said.\n\nThe company said the move would create 100 jobs."
        ),
        [Some("Press Association"), Some("Ford Motor Co")].map(|s| s.map(str::to_string))
    );
}

#[test]
fn the_agency_is_the_rating_agency_that_spoke() {
    assert_eq!(
        speakers(
            "Moody's Investors Service Inc said it may downgrade 500 mln dlrs of debt.\n\nThe agency cited the company's offer for the assets."
        ),
        vec![Some("Moody's Investors Service Inc".to_string()); 2]
    );
}

#[test]
fn a_person_before_where_they_are_from_speaks_without_the_closing_comma() {
    assert_speaker(
        "Mark Serwotka, from the Public and Commercial Services union said there should be a strike.",
        "Mark Serwotka",
    );
    assert_eq!(
        speakers(
            "\"The story this year remains all about digital,\" Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC News website."
        ),
        vec![Some("Jeff Joseph".to_string())]
    );
}

#[test]
fn names_joined_by_and_speak_as_one() {
    // A firm named for two people, and "it" after it.
    assert_eq!(
        speakers(
            "Duff and Phelps said it lowered the ratings on Atlantic.\n\nIt said more cuts were due."
        ),
        [Some("Duff and Phelps"), Some("Duff and Phelps")].map(|s| s.map(str::to_string))
    );
    // Its short name, after the whole one.
    assert_eq!(
        speakers(
            "Bell and Howell Co said it would cut jobs. Bell and Howell said it would sell a unit."
        ),
        [Some("Bell and Howell Co"), Some("Bell and Howell Co")].map(|s| s.map(str::to_string))
    );
    // Those who spoke together, in a list, and one with "&" in its name.
    assert_speaker("Britain, France and Canada said they would act.", "Britain, France and Canada");
    assert_speaker(
        "Cable & Wireless and NTL have said they will invest.",
        "Cable & Wireless and NTL",
    );
    assert_eq!(
        speakers("Naylor and Beesley said they would resign.\n\nThey said it was time."),
        [Some("Naylor and Beesley"), Some("Naylor and Beesley")].map(|s| s.map(str::to_string))
    );
}

#[test]
fn an_and_inside_a_title_or_a_longer_phrase_joins_no_speakers() {
    assert_eq!(
        speakers(
            "Economy and Labour Minister Wolfgang Clement called it a decline. He said it would pass."
        ),
        [Some("Wolfgang Clement"), Some("Wolfgang Clement")].map(|s| s.map(str::to_string))
    );
    assert_speaker(
        "Trading rules will change soon, Securities and Exchange Commission Chairman John Shad said.",
        "John Shad",
    );
    assert_speaker(
        "The threat was greatest in the UK, France and Spain, said the report.",
        "report",
    );
    assert_speaker(
        "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said DOD did not appear to be motivated by money.",
        "Dean Boyd",
    );
}

#[test]
fn a_company_by_its_letters_is_the_company_they_spell() {
    assert_eq!(
        speakers(
            "Standard and Poor's Corp said it cut the rating. S and P said the debt was high."
        ),
        [Some("Standard and Poor's Corp"), Some("Standard and Poor's Corp")]
            .map(|s| s.map(str::to_string))
    );
    assert_eq!(
        speakers(
            "The Great Atlantic and Pacific Tea Co reported a gain.\n\nA and P said it would expand its program."
        ),
        [Some("Great Atlantic and Pacific Tea Co"), Some("Great Atlantic and Pacific Tea Co")]
            .map(|s| s.map(str::to_string))
    );
}

#[test]
fn an_institution_by_its_letters_after_a_comma_is_no_apposition() {
    assert_speaker(
        "Its deposits went to a newly chartered association, Tahoe Savings, the FHLBB said.",
        "FHLBB",
    );
    assert_speaker(
        "Its deposits went to a newly chartered association, Tahoe Savings and Loan, the FHLBB said.",
        "FHLBB",
    );
}

#[test]
fn that_before_its_verb_is_the_clause_s_subject() {
    let (_, words, _) = one("And I think that is his intent.");
    assert_eq!(words, "that is his intent");
    let (_, words, _) = one("Jane Doe said that would be a mistake for the party.");
    assert_eq!(words, "that would be a mistake for the party");
    // Not a condition that opens the clause.
    let (_, words, _) = one("Jane Doe said that had she known, she would have left the party.");
    assert!(!words.starts_with("that"), "{words}");
    let (_, words, _) = one("Economists said that should markets slump, rates would fall.");
    assert!(!words.starts_with("that"), "{words}");
}

#[test]
fn an_ampersand_joins_one_name_wherever_it_stands() {
    assert_speaker(
        "The world's biggest insurance broker Marsh & McLennan said profits fell.",
        "Marsh & McLennan",
    );
    assert_speaker(
        "US research think-tank Pew Internet & American Life says a blog is created every 5.8 seconds.",
        "Pew Internet & American Life",
    );
    // "It" after it is the firm.
    assert_eq!(
        speakers(
            "Earlier this month, accountancy firm Ernst & Young said that the forecasts were too optimistic.\n\nIt claimed revenues were likely to be lower."
        ),
        [Some("Ernst & Young"), Some("Ernst & Young")].map(|s| s.map(str::to_string))
    );
    // After a comma it may end a list, as "and" does.
    assert_speaker(
        "But Alastair France, of London brokers Alexanders, Laing & Cruickshank, said his calculations showed a strong year.",
        "Alastair France",
    );
}

#[test]
fn a_person_named_after_what_they_are_in_an_apposition_speaks() {
    assert_speaker(
        "The prosecution's star witness, former WorldCom financial chief Scott Sullivan, has said that Mr Ebbers ordered the adjustments.",
        "Scott Sullivan",
    );
    assert_speaker(
        "Another CBT official, executive vice president George Sladoje, said the issue would be discussed on Friday.",
        "George Sladoje",
    );
    // Not one named in a longer chain after the subject.
    assert_speaker(
        "But opponents of the bill, including Tory Lord Campbell of Alloway and the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said it would separate the state from the church.",
        "opponents of the bill",
    );
}

#[test]
fn an_interview_turn_labelled_in_capitals_is_that_person_s() {
    assert_eq!(
        speakers(
            "A debate followed after Governor Mary Fallin said the nation needed unity.\n\nTAPPER: Do you think he is serious?\n\nFALLIN: Well, I think the whole nation needs to work together. And I think that is his intent."
        ),
        [Some("Mary Fallin"), Some("TAPPER"), Some("Mary Fallin")].map(|s| s.map(str::to_string))
    );
    // And "I" in a longer turn, whose words are reported.
    let a = article(
        "News",
        "A debate followed after Governor Mary Fallin said the nation needed unity.\n\nFALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message. And I think that is his intent.",
    );
    let got = extract_statements(&a, 0);
    let intent = got.iter().find(|s| s.text(&a) == "that is his intent");
    assert_eq!(intent.and_then(|s| s.speaker.as_deref()), Some("Mary Fallin"), "{got:#?}");
}

#[test]
fn gov_and_sen_without_a_full_stop_are_titles() {
    assert_speaker(
        "The committee will draft a budget, its chairman, Sen Lawton Chiles, a Florida Democrat, said on Monday.",
        "Lawton Chiles",
    );
}

#[test]
fn a_name_in_a_headline_s_capitals_is_the_name_the_text_gives() {
    let a = article(
        "Conservative Icon Morton Blackwell Endorses Ted Cruz",
        "Morton Blackwell, the conservative icon who founded the institute, endorsed Cruz on Monday. The announcement came in a letter from Blackwell. \"I urge serious conservatives to join me in supporting Cruz,\" Blackwell wrote.",
    );
    let got = extract_statements(&a, 0);
    assert!(!got.is_empty());
    assert!(got.iter().all(|s| s.speaker.as_deref() == Some("Morton Blackwell")), "{got:#?}");
    let a = article(
        "McCain Challenger Kelli Ward Says Arizona Wants Change",
        "Kelli Ward, a former state senator, is running against John McCain. \"Arizona wants change,\" Ward said on Monday.",
    );
    let got = extract_statements(&a, 0);
    assert!(!got.is_empty());
    assert!(got.iter().all(|s| s.speaker.as_deref() == Some("Kelli Ward")), "{got:#?}");
}

#[test]
fn what_someone_is_before_a_given_name_in_a_headline_is_no_part_of_the_name() {
    let a = article(
        "Deport Nikki Haley, Says Talk Show Host",
        "The governor replied on Monday. \"I am not going anywhere,\" Haley said.",
    );
    let got = extract_statements(&a, 0);
    let direct = got.iter().find(|s| s.kind == Kind::Direct);
    assert_eq!(direct.and_then(|s| s.speaker.as_deref()), Some("Nikki Haley"), "{got:#?}");
}

#[test]
fn maybe_and_perhaps_open_no_name() {
    assert_eq!(
        speakers(
            "Maybe Trump is the Manchurian Candidate, the columnist wrote.\n\n\"I will win,\" Trump said."
        )
        .last(),
        Some(&Some("Trump".to_string()))
    );
}

#[test]
fn the_lowercase_words_of_a_title_before_a_name_are_the_person_s_titles() {
    // "The foreign secretary" is not the shadow foreign secretary.
    assert_eq!(
        speakers(
            "Shadow foreign secretary Michael Ancram told MPs the paper was a trick. His claims were denied by Foreign Secretary Jack Straw, who accused the Tories of scaremongering.\n\nMr Ancram said ministers were prolonging uncertainty. The foreign secretary hit back by saying Tory attitudes had kept the party out of power."
        )
        .last(),
        Some(&Some("Jack Straw".to_string()))
    );
    // Nor is "the general manager" an assistant manager.
    assert_ne!(
        speakers(
            "\"Demand will grow,\" said Laurie Milbank and Co assistant manager Machiko Suzuki.\n\nDemand has been getting stronger, the general manager of a British securities firm said."
        )
        .last(),
        Some(&Some("Machiko Suzuki".to_string()))
    );
}

#[test]
fn a_participle_after_a_stance_on_a_thing_is_the_subject_s() {
    assert_speaker(
        "Gerhard Schroeder had originally come into office promising to halve unemployment.",
        "Gerhard Schroeder",
    );
    assert_eq!(
        speakers(
            "But Home Office minister Hazel Blears defended the move saying it would give the officers an edge."
        ),
        [Some("Hazel Blears".to_string())]
    );
    // (With words describing the thing.)
    assert_eq!(
        speakers("Bankers welcomed the central bank measures saying these were needed."),
        [Some("bankers".to_string())]
    );
    // A text passed is the call of the body that passed it.
    assert_eq!(
        speakers("The Senate yesterday passed a resolution calling for action against Japan."),
        [Some("Senate".to_string())]
    );
}

#[test]
fn what_is_said_of_someone_has_no_speaker_the_sentence_names() {
    let (_, _, speaker) =
        one("Local police were said to be \"surprised\" by the scale of the protest.");
    assert_eq!(speaker, None);
    // What they are said to have said is theirs.
    assert_eq!(
        speakers(
            "Mr Houston is alleged to have said that the organs of the criminally insane should be \"made available\" to others."
        )
        .first(),
        Some(&Some("Houston".to_string()))
    );
}

#[test]
fn his_or_her_description_is_whose_it_is() {
    assert_speaker(
        "Bernie Sanders spoke in Iowa on Monday. His campaign said the crowd was the largest yet.",
        "Bernie Sanders's campaign",
    );
    // Only a person whose gender a given name or an honorific tells: no
    // court has a lawyer of "his".
    assert_ne!(
        speakers(
            "The man appeared at Highbury Corner Magistrates Court on Monday. His lawyer said he would plead not guilty."
        )
        .first(),
        Some(&Some("Highbury Corner Magistrates Court's lawyer".to_string()))
    );
}

#[test]
fn an_owner_by_name_then_what_they_are_to_it_is_one_description() {
    assert_speaker(
        "Aung San Suu Kyi's political allies said the vote was fair.",
        "Aung San Suu Kyi's political allies",
    );
    assert_speaker(
        "Chancellor Gordon Brown's closest ally said the plan would work.",
        "Chancellor Gordon Brown's closest ally",
    );
    // An institution a country owns is left to the name the text gives it
    // (as "the company" is).
    assert_ne!(
        speakers(
            "Pertamina said output rose. Indonesia's state oil company said exports would grow."
        )
        .last(),
        Some(&Some("Indonesia's state oil company".to_string()))
    );
}

#[test]
fn names_joined_by_and_after_whose_work_it_is_speak_as_one() {
    assert_speaker(
        "A recent survey by Earthlink and Webroot found that 90% of PCs were infected.",
        "Earthlink and Webroot",
    );
}

#[test]
fn a_group_where_names_joined_by_and_are_is_the_speaker() {
    assert_speaker(
        "But industry leaders in Panama and Costa Rica said there was still a long way to go.",
        "leaders in Panama and Costa Rica",
    );
    assert_speaker(
        "Traders in Japan, Sydney and Hong Kong said the market was quiet.",
        "traders in Japan, Sydney and Hong Kong",
    );
}

#[test]
fn a_description_credited_after_a_quotation_is_the_name_that_opens_it() {
    assert_speaker(
        "Thousands of passengers were stranded. Comair \"deeply regrets the inconvenience this has caused our customers,\" the Delta subsidiary said in a statement.",
        "Comair",
    );
    // Not an owner before the quotation.
    assert_speaker(
        "The case was filed on Friday. Arizona's \"alarmingly inadequate number of voting centers resulted in long lines,\" the lawsuit says.",
        "lawsuit",
    );
}

#[test]
fn a_second_verb_in_a_relative_clause_is_its_subject_s() {
    assert_eq!(
        speakers(
            "Cruz's campaign was emailing a video of Trump from 1999, in which Trump called himself \"very pro-choice\" and admitted that he viewed gay rights differently."
        )
        .last(),
        Some(&Some("Trump".to_string()))
    );
}

#[test]
fn they_is_a_group_the_writer_made_a_sentence_s_subject() {
    assert_eq!(
        speakers(
            "Critics claim the record is at best patchy. A year ago, ministers launched their action plan and figures offer a progress check. They will say that 2,600 orders were issued."
        ),
        [Some("critics".to_string()), Some("ministers".to_string())]
    );
    // Not the subject of what "they" credit at its end.
    assert_eq!(
        speakers(
            "Thai banks will cut rates, banking sources said. Many bankers have been urging a half point cut in deposit rates, they said."
        ),
        [
            Some("banking sources".to_string()),
            Some("banking sources".to_string()),
            // (And what the bankers urged, inside it.)
            Some("many bankers".to_string())
        ]
    );
}

#[test]
fn a_dash_sets_a_quotation_off_from_a_cue_before_it() {
    let a = article(
        "News",
        "Russia was behind the hack, as many researchers believe, but Moscow strongly denies — “why wouldn’t you want to raise the potential for tampering?” asked Dunn, a partner at a communications firm.",
    );
    let got = extract_statements(&a, 0);
    let quote = got.iter().find(|s| s.text(&a).starts_with("why wouldn’t you"));
    assert_eq!(quote.and_then(|s| s.speaker.as_deref()), Some("Dunn"), "{got:#?}");
}

#[test]
fn the_paper_is_the_newspaper_that_spoke() {
    assert_eq!(
        speakers(
            "Pests destroyed 1.1 mln tonnes of wheat, the China Daily said.\n\nThe paper said abnormal weather had spread the disease."
        ),
        [Some("China Daily".to_string()), Some("China Daily".to_string())]
    );
}

#[test]
fn the_bank_is_a_bank_by_its_name_in_any_language() {
    assert_eq!(
        speakers(
            "Banca Commerciale Italiana said profits rose.\n\nThe bank said it would raise its dividend."
        ),
        [
            Some("Banca Commerciale Italiana".to_string()),
            Some("Banca Commerciale Italiana".to_string())
        ]
    );
}

#[test]
fn the_spokesman_is_the_one_who_said_whose_spokesman_he_is() {
    assert_eq!(
        speakers(
            "The strike will continue, a spokesman for the dockers said. The spokesman said talks had failed."
        ),
        [
            Some("a spokesman for the dockers".to_string()),
            Some("a spokesman for the dockers".to_string())
        ]
    );
}

#[test]
fn an_interview_s_answers_are_the_person_the_title_names() {
    let a = article(
        "Immigration debate hits home for actress Diane Guerrero",
        "The actress spoke to us about her family.\n\nQ: Why did you write the book?\n\nA: Well, I think the debate has a lot of people afraid of what comes next.",
    );
    let got = extract_statements(&a, 0);
    let answer = got.iter().find(|s| s.text(&a).contains("a lot of people afraid"));
    assert_eq!(answer.and_then(|s| s.speaker.as_deref()), Some("Diane Guerrero"), "{got:#?}");
    // The questions are no one's the letters name.
    assert!(
        got.iter().filter(|s| s.text(&a).contains("write the book")).all(|s| s.speaker.is_none()),
        "{got:#?}"
    );
}

#[test]
fn a_chamber_of_commerce_is_one_institution_whole() {
    assert_eq!(
        speakers(
            "Talks had failed, the Chamber of Commerce said.\n\nThe Society of Exploration Geophysicists said its members agreed."
        ),
        [
            Some("Chamber of Commerce".to_string()),
            Some("Society of Exploration Geophysicists".to_string())
        ]
    );
}

#[test]
fn reports_a_verb_plays_down_are_no_one_s_verb() {
    assert_statements(
        "Chelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return for the match.\n\n\"He has been responding well to treatment,\" he told the BBC.",
        &[("He has been responding well to treatment,", Some("Peter Kenyon"))],
    );
}

#[test]
fn a_name_then_its_role_at_a_workplace_speaks_without_the_closing_comma() {
    assert_eq!(
        speakers(
            "Howard Archer, economist at Global Insight said the figures were weak.\n\nMarc Ostwald, a strategist at Monument Securities told the BBC the market was weak."
        ),
        [Some("Howard Archer".to_string()), Some("Marc Ostwald".to_string())]
    );
}

#[test]
fn a_next_sentence_whose_verb_runs_into_its_own_quotation_credits_nothing_before() {
    assert_statements(
        "\"The landscape has changed,\" he said. \"Growth appears stronger.\" Howard Archer said the MPC \"may well consider raising rates\".",
        &[
            ("The landscape has changed, Growth appears stronger.", None),
            ("may well consider raising rates", Some("Howard Archer")),
        ],
    );
}

#[test]
fn an_acronym_before_international_is_the_company_s_name() {
    assert_speaker("AMCA International said it expects to earn a profit.", "AMCA International");
}

#[test]
fn it_is_not_a_name_that_only_describes_the_subject_s_noun() {
    assert_eq!(
        speakers(
            "The forecast was not out of line with estimates of the French Maize Producers Association, AGPM, an AGPM official said.\n\nMaize plantings would be down in 1987/88 but yields were expected to be higher, the AGPM official said.\n\nIt estimated 1987/88 maize plantings of 1.73 mln hectares."
        ),
        [Some("an AGPM official".to_string()), Some("AGPM official".to_string()), None]
    );
}

#[test]
fn a_role_s_field_and_what_the_workplace_is_may_come_before_its_name() {
    assert_speaker(
        "Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said the policy was prejudice-based.",
        "Lisa Power",
    );
}

#[test]
fn he_or_she_is_no_party() {
    assert_eq!(
        speakers(
            "Mr Howard spoke. The Liberal Democrats say the Conservatives cannot win. \"It is bad,\" he said."
        ),
        [Some("Liberal Democrats".to_string()), Some("Howard".to_string())]
    );
}

#[test]
fn a_common_word_s_compound_that_opens_a_sentence_reports_nothing() {
    assert_statements(
        "Gasoline demand averaged 6.94 mln bpd, off 1.8 pct from 7.06 mln last year.\n\nIndustry estimates vary on the proportion of exports sold at official prices.",
        &[],
    );
    // A name capitalised only there still speaks.
    assert_speaker("Signaal claims Contraves included the radar in its system.", "Signaal");
}

#[test]
fn a_broadcaster_s_acronym_is_part_of_its_name_and_no_he() {
    assert_speaker("The minister will resign, NBC News reported.", "NBC News");
    let all = speakers(
        "Ronnie Corbett said standards fell.\n\nSpeaking to the Radio Times, the star said there is too much bad language. \"You get fed up,\" he complained.",
    );
    assert_eq!(all.last(), Some(&Some("Ronnie Corbett".to_string())), "{all:?}");
}

#[test]
fn a_longer_plain_credit_and_a_firm_s_acronym_before_the_roles_credit_the_quotation() {
    assert_speaker(
        "\"The demand was not so good,\" a dealer for a German bank in London said.",
        "a dealer for a German bank in London",
    );
    assert_speaker(
        "\"We see no prospect of a return,\" Romilly Humphries, S.A.Y. president and chief executive officer said.",
        "Romilly Humphries",
    );
}

#[test]
fn a_coalition_is_one_institution_whole() {
    assert_speaker(
        "The Canadian Coalition on Acid Rain hailed the call to take the battle to Congress.",
        "Canadian Coalition on Acid Rain",
    );
}

#[test]
fn a_paper_a_participle_opening_names_gets_no_role_from_the_subject_after_it() {
    let got = speakers(
        "Ronnie Corbett said standards fell.\n\nSpeaking to the Radio Times, the star said there is too much bad language.",
    );
    assert_ne!(got.last(), Some(&Some("Radio Times".to_string())), "{got:?}");
}

#[test]
fn an_adverb_before_the_verb_is_no_speaker() {
    let got = speakers(
        "The mayor, still stinging over mocking him by name, grudgingly agreed to sit next to him.",
    );
    assert!(got.iter().all(|s| s.as_deref() != Some("grudgingly")), "{got:?}");
}

#[test]
fn a_credit_turned_round_inside_the_sentence_is_the_name_after_the_verb() {
    assert_one(
        "Currently, says Dr Paniccia, the market for such equipment is weak.",
        "Currently the market for such equipment is weak",
        "Paniccia",
    );
    assert_one(
        // ("Prof" is a title, as "Dr" and "Professor" are.)
        "The answer, says Prof Brewer, is more research.",
        "The answer is more research",
        "Brewer",
    );
    // Not an inverted credit that closes a clause before an apposition.
    assert_statements(
        "But that is not good enough, said Howard Rubel, a senior analyst at Jefferies.",
        &[("But that is not good enough", Some("Howard Rubel"))],
    );
}

#[test]
fn a_name_in_the_plural_after_the_is_a_team_no_he_stands_for() {
    let got = speakers(
        "All Blacks captain Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents.\n\nBut Umaga, in England for the match, also backed New Zealand to win the series against the Lions. He told BBC Sport: \"It is the most fearsome line-up I have ever come up against.\"",
    );
    assert_eq!(got.last(), Some(&Some("Tama Umaga".to_string())), "{got:?}");
    // A title's words come between: "the producer Quincy Jones" is a person.
    let got = speakers(
        "Ray Charles died in June. Among the tributes was one from his friend, the producer Quincy Jones, who described him as a \"brother in every sense of the word\". \"There will never be another musician like Ray Charles,\" he said.",
    );
    assert_eq!(got.last(), Some(&Some("Quincy Jones".to_string())), "{got:?}");
}

#[test]
fn a_name_after_a_weekdays_possessive_is_an_event() {
    let got = speakers(
        "All Blacks captain Tama Umaga backed New Zealand to win the series.\n\nBut Umaga, in England for Saturday's IRB Rugby Aid match, also backed Wales. He told BBC Sport: \"It is the most fearsome line-up I have ever come up against.\"",
    );
    assert_eq!(got.last(), Some(&Some("Tama Umaga".to_string())), "{got:?}");
}

#[test]
fn someone_described_by_age_is_the_person_just_named() {
    // The subject of a sentence before, not a name inside it.
    let got = speakers(
        "But Kostas Kenteris has continually protested his innocence, and on Sunday blamed his former coach Christos Tzekos. The 31-year-old insisted he will be happy if he is charged.",
    );
    assert_eq!(got.last(), Some(&Some("Kostas Kenteris".to_string())), "{got:?}");
    // Through the quotation whose credit opens the sentence before.
    let got = speakers(
        "All Blacks captain Tama Umaga is in England.\n\n\"It'll be good for us to get an early idea of these guys,\" Umaga said. The 31-year-old admitted interest in the tour was immense.",
    );
    assert_eq!(got.last(), Some(&Some("Tama Umaga".to_string())), "{got:?}");
    // Not the object of a preposition.
    let got = speakers(
        "Jose Antonio Reyes has fallen victim to a radio prank.\n\nThe Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno. \"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope.",
    );
    assert_eq!(got.last(), Some(&Some("Jose Antonio Reyes".to_string())), "{got:?}");
}

#[test]
fn a_title_opened_by_an_article_inside_a_sentence_names_no_one() {
    let got = speakers(
        "Singer George Michael has given up touring. The film, A Different Story, chronicles his life and career. The 41-year-old told reporters that he wanted to move his career into a different form.",
    );
    assert_eq!(got.last(), Some(&Some("George Michael".to_string())), "{got:?}");
}

#[test]
fn people_questioned_in_numbers_said_nothing() {
    let got = speakers(
        "However the YouGov poll, which questioned 1,943 British adults online, found 25% did not know how they would vote.",
    );
    assert!(got.iter().all(|s| s.as_deref() != Some("YouGov poll")), "{got:?}");
    let got = speakers("Police questioned about 3,000 of the firm's former employees.");
    assert!(got.is_empty(), "{got:?}");
    // What a question asks is still said.
    assert_speaker("Analysts questioned whether the brokerages could survive.", "analysts");
}

#[test]
fn a_participle_after_a_clause_that_with_opens_is_its_subjects() {
    assert_speaker(
        "The trouble began on the Wright Stuff show, with Maria Hutchings marching up to him, saying \"Tony, that is rubbish\" as she tried to complain.",
        "Maria Hutchings",
    );
    assert_speaker(
        "Washington was stunned by the sudden retreat, with President Reagan speaking for most people by admitting that he was \"puzzled.\"",
        "Reagan",
    );
}

#[test]
fn a_title_the_text_repeats_with_a_full_stop_inside_its_last_mark_is_one_statement() {
    let a = article(
        "John McCain: Populist Anger Appeals to ‘Bad Angels Of Our Nature’",
        "John McCain: Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\nSenator John McCain spoke on Monday.",
    );
    let s = extract_statements(&a, 0);
    let headlines: Vec<_> = s.iter().filter(|s| s.kind == Kind::Headline).collect();
    assert_eq!(headlines.len(), 1, "{s:#?}");
    assert_eq!(headlines[0].field, onrecord::extract::Field::Text);
}

#[test]
fn a_headline_keeps_the_marks_of_quotations_inside_it() {
    for (title, words) in [
        (
            "John McCain: Populist Anger Appeals to ‘Bad Angels Of Our Nature’",
            "Populist Anger Appeals to ‘Bad Angels Of Our Nature’",
        ),
        (
            "Paul Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Campaign’",
            "‘Anti-Semitic Images’ Have ‘No Place In A Campaign’",
        ),
        ("ONGPIN SAYS \"PINS\" WILL REVIVE BAKER PLAN", "\"PINS\" WILL REVIVE BAKER PLAN"),
        // The marks around all of it are no part of it.
        ("Jane Doe: ‘We will stay in Kyiv’", "We will stay in Kyiv"),
    ] {
        let a = article(title, "Nothing was said here.");
        let s = extract_statements(&a, 0);
        let words_found: Vec<_> =
            s.iter().filter(|s| s.kind == Kind::Headline).map(|s| s.text(&a)).collect();
        assert_eq!(words_found, [words], "{title}");
    }
}

#[test]
fn the_one_noun_a_possessive_owns_ends_the_speaker_phrase() {
    assert_speaker(
        "\"We think we are at the end now,\" said the firm's arbitrageur, who spoke on condition he not be identified.",
        "firm's arbitrageur",
    );
    assert_speaker(
        "Buyers paid a median price of 6.45 dlrs a barrel, according to the firm's research.",
        "firm's research",
    );
    // Not a word that describes the noun after it.
    assert_ne!(
        speakers("Sales rose 12 pct, the company's annual report said.").last(),
        Some(&Some("company's annual".to_string()))
    );
}

#[test]
fn a_participle_that_opens_the_sentence_is_the_subjects_after_the_quotation() {
    assert_eq!(
        speakers(
            "Calling the reports a \"mischievous invention,\" Hoyte said tests had shown nothing."
        ),
        [Some("Hoyte".to_string()), Some("Hoyte".to_string())]
    );
    let got = speakers(
        "Edmond Maire met Chirac today. Calling the plan \"unbalanced and unjust,\" he also demanded investment incentives.",
    );
    assert!(got.iter().all(|s| s.as_deref() != Some("plan")), "{got:?}");
}

#[test]
fn he_is_the_one_person_his_sentence_names_before_him() {
    let got = speakers(
        "\"I think that would be an absolute disaster,\" Senator Ted Cruz said.\n\nAs for Donald Trump, he said he is not worried.",
    );
    assert_eq!(got.last(), Some(&Some("Donald Trump".to_string())), "{got:?}");
    // Not one a question put to him names, nor one he was named before.
    let got = speakers(
        "Jim Wright said he had not talked with Greenspan.\n\nAsked to rate Paul Volcker's tenure, he replied, \"Long.\"",
    );
    assert_eq!(got.last(), Some(&Some("Jim Wright".to_string())), "{got:?}");
    let got = speakers(
        "\"We will win,\" Senator Ted Cruz said. When he took the stage after Mr. Bob Vander Plaats's introduction, he said the key was simple.",
    );
    assert_eq!(got.last(), Some(&Some("Ted Cruz".to_string())), "{got:?}");
}

#[test]
fn a_spokesman_for_a_person_is_no_one_but_the_spokesman() {
    assert_speaker(
        "Deputy Prime Minister John Prescott met the unions. But a spokesman for Mr Prescott warned that the changes would go ahead.",
        "a spokesman for Mr Prescott",
    );
    // An institution's spokesman is its source; one named with his role is
    // himself.
    assert_speaker("A spokesman for the New York Fed said rates were steady.", "New York Fed");
    assert_speaker(
        "Tony Proffitt, an aide to State Comptroller Bob Bullock, said revenue fell.",
        "Tony Proffitt",
    );
}

#[test]
fn the_writers_lets_hope_and_what_a_picture_shows_are_no_statements() {
    assert!(
        speakers("Let's hope Kilroy-Silk and UKIP all fade further into obscurity.").is_empty()
    );
    assert!(speakers("Let us hope the Mac Mini is a mini revolution.").is_empty());
    assert!(
        speakers("The show is a less materialistic version, with Sir Richard Branson shown jumping out of a taxi.")
            .is_empty()
    );
    // What data have shown is still said.
    assert_speaker(
        "Recent West German data have shown falling industry orders.",
        "Recent West German data",
    );
}

#[test]
fn an_institution_by_its_name_without_where_it_is_from_is_the_one_named_in_full() {
    let got = speakers(
        "Hospital Corp of America said it received five bids for the unit.\n\nAnalysts said the bids were low.\n\nHospital Corp said it would decide next month.",
    );
    assert_eq!(got.last(), Some(&Some("Hospital Corp of America".to_string())), "{got:?}");
    // (Not when two names so open: which is meant, the text does not say.)
    let got = speakers(
        "Royal Bank of Canada said profit rose.\n\nRoyal Bank of Scotland said profit fell.\n\nRoyal Bank said the outlook was poor.",
    );
    assert_eq!(got.last(), Some(&Some("Royal Bank".to_string())), "{got:?}");
}

#[test]
fn a_subject_with_a_relative_clause_is_whom_the_clause_is_about() {
    assert_speaker(
        "Smaller GAF Corp bid for the company. Analysts who know GAF predict Heyman will end up with Borg-Warner.",
        "analysts",
    );
    assert_speaker("Analysts who follow the industry say sales will rise.", "analysts");
    // (Not the subject of a "which" after the clause.)
    assert_speaker(
        "The college chose Tancredo Neves, a popular politician who headed the Brazilian Democratic Movement Party (PMDB), which had opposed military rule.",
        "Brazilian Democratic Movement Party",
    );
}

#[test]
fn arabic_articles_and_bin_are_inside_a_name() {
    let got = speakers(
        "Kuwaiti Oil Minister Sheikh Ali al-Khalifa al-Sabah said no OPEC member was exceeding its quota.\n\nSheikh Ali said the market was stable.",
    );
    assert_eq!(got, vec![Some("Ali al-Khalifa al-Sabah".to_string()); 2], "{got:?}");
    let got = speakers(
        "Finance Minister Sheikh Abdul-Aziz bin Khalifa al-Thani said spending would fall.\n\nSheikh Abdul-Aziz said revenue would rise.",
    );
    assert_eq!(got, vec![Some("Abdul-Aziz bin Khalifa al-Thani".to_string()); 2], "{got:?}");
    assert_speaker(
        "UAE Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said the war must end.",
        "Rashid Abdulla al-Nuaimi",
    );
}

#[test]
fn a_titles_word_after_a_given_name_is_a_surname() {
    let got = speakers(
        "''It's not going to be easy,'' said Representative Peter T. King of New York, who endorsed Mr. Rubio on Tuesday.",
    );
    assert_eq!(got, vec![Some("Peter T. King".to_string()); 2], "{got:?}");
    assert_speaker("Union president Bob White said the strike was over.", "Bob White");
    assert_speaker(
        "State Commerce Secretary Claude Pope said a plant would be built.",
        "Claude Pope",
    );
    // (After a sentence's end it is a title again.)
    assert_speaker("He met Peter. King Abdullah said it was hard.", "Abdullah");
}

#[test]
fn a_credit_turned_round_inside_a_sentence_may_say_what_the_speaker_is() {
    assert_statements(
        "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send messages.",
        &[(
            "The problem they face is educating people in how to send messages",
            Some("Shailendra Jain"),
        )],
    );
}

#[test]
fn what_a_phrase_of_with_tells_is_no_ones_statement() {
    assert_statements(
        "The weakness of the West German economy is the biggest single factor, with import growth there expected to feature a sluggish 3.5 pct growth in 1987, the EIU said.",
        &[(
            "The weakness of the West German economy is the biggest single factor, with import growth there expected to feature a sluggish 3.5 pct growth in 1987",
            Some("EIU"),
        )],
    );
    assert!(
        speakers("Some 350 films will be screened, with a further 300 shown at the European Film Market that runs alongside it.")
            .is_empty()
    );
}

#[test]
fn an_ing_word_after_a_degree_and_question_time_are_no_cues() {
    assert!(
        speakers(
            "The Bravery came top of a poll to find the music scene's most promising new act."
        )
        .is_empty()
    );
    assert!(
        speakers("The Budget will be at 1230 GMT on that Wednesday, just after Prime Minister's question time.")
            .is_empty()
    );
}

#[test]
fn a_person_at_a_firm_after_what_they_do_is_the_person() {
    assert_speaker(
        "Nickel analyst Ilmar Martens at Walwyn Stodgell Cochran Murray Ltd said Inco's removal would spark selling.",
        "Ilmar Martens",
    );
    assert_speaker(
        "\"It was a smaller deal than expected,\" said analyst George Baker at Smith Barney.",
        "George Baker",
    );
}

#[test]
fn a_credit_with_a_long_clause_after_it_ends_the_clause_before_it() {
    let got = found(&article(
        "News",
        "AMR Corp chairman Robert Crandall said the company is not interested in shuttle routes. But in remarks at a press conference announcing a major aircraft order, he said AMR would be interested in certain other Pan Am assets.",
    ));
    let last = got.last().map(|(_, w, s)| (w.as_str(), s.as_deref()));
    assert_eq!(
        last,
        Some(("AMR would be interested in certain other Pan Am assets", Some("Robert Crandall"))),
        "{got:#?}"
    );
}

#[test]
fn an_exchange_is_no_company_the_company_stands_for() {
    let got = speakers(
        "General Refractories Co had no comment on the activity in its stock.\n\nThe exchange said it contacted the company. The company declined to issue a statement, the NYSE said.",
    );
    assert!(got.contains(&Some("General Refractories Co".to_string())), "{got:?}");
    assert_eq!(got.iter().filter(|s| s.as_deref() == Some("NYSE")).count(), 1, "{got:?}");
}

#[test]
fn where_someone_plays_or_comes_from_and_what_they_are_is_someone_just_named() {
    let got = speakers(
        "Allan Scott is confident of winning a medal. \"It was definitely a learning curve,\" said the East Kilbride athlete.",
    );
    assert_eq!(got, [Some("Allan Scott".to_string())], "{got:?}");
    let got = speakers(
        "Skipper Jason Robinson believes nothing is wrong in the camp. \"There is no lack of confidence in the team,\" said the Sale full-back.",
    );
    assert_eq!(got.last(), Some(&Some("Jason Robinson".to_string())), "{got:?}");
}

#[test]
fn a_name_alone_is_not_the_name_it_owns() {
    let got = speakers(
        "The two countries formalised a deal between Venezuelan energy firm PDVSA and Argentina's Enarsa.\n\nArgentina said rising demand could spark another crisis.",
    );
    assert_eq!(got.last(), Some(&Some("Argentina".to_string())), "{got:?}");
    // (A company's own possessive is its name.)
    let got = speakers(
        "Moody's Investors Service Inc said it may upgrade the debt.\n\nMoody's said the merger would help.",
    );
    assert_eq!(got.last(), Some(&Some("Moody's Investors Service Inc".to_string())), "{got:?}");
}

#[test]
fn a_reported_clause_keeps_the_close_of_the_newswires_markup() {
    let got = found(&article(
        "News",
        "Moody's Investors Service Inc said it may upgrade Fleet's debt. Moody's cited Fleet's announced merger with Norstar Bancorp Inc <NOR>.",
    ));
    assert!(
        got.iter().any(|(_, w, _)| w == "Fleet's announced merger with Norstar Bancorp Inc <NOR>"),
        "{got:#?}"
    );
}

#[test]
fn a_brand_whose_possessive_is_its_own_keeps_it() {
    assert_speaker("Lloyd's said claims would rise this year.", "Lloyd's");
    assert_speaker("McDonald's said sales rose 5%.", "McDonald's");
}

#[test]
fn no_he_or_she_stands_for_an_event_or_a_club() {
    let got = speakers(
        "Kelly Holmes is to race in Britain. Holmes will make her first appearance since winning double Olympic gold in January's Norwich Union International in Glasgow. She will also run in the Grand Prix in Birmingham in February. \"I am still competitive,\" she said.",
    );
    assert_eq!(got.last(), Some(&Some("Kelly Holmes".to_string())), "{got:?}");
    let got = speakers(
        "Ken Bates has completed his takeover of Leeds United. He said: \"I'm delighted.\"",
    );
    assert_eq!(got.last(), Some(&Some("Ken Bates".to_string())), "{got:?}");
}

#[test]
fn he_or_she_is_never_an_institution_named_last() {
    let got = speakers(
        "Ammerman said in a prepared speech for a conference sponsored by Georgetown University that banks should be free. He said the United States was pressing Canada.",
    );
    assert_ne!(got.last(), Some(&Some("Georgetown University".to_string())), "{got:?}");
}

#[test]
fn whom_someone_told_is_no_speaker() {
    let got = speakers(
        "Male MPs jeered \"melons\" as women made Commons speeches, researchers from Birkbeck College were told.",
    );
    assert_eq!(got, [None], "{got:?}");
    let got = speakers("Harriet Harman said she was told: \"Oh, you've had a very fast rise.\"");
    assert_eq!(got.last(), Some(&None), "{got:?}");
}

#[test]
fn it_may_be_a_name_no_given_name_opens_that_spoke_just_before() {
    let got = speakers(
        "American Express said 100 mln shares would be outstanding. For the public offering, it said there will be an option.",
    );
    assert_eq!(got, vec![Some("American Express".to_string()); 2], "{got:?}");
}

#[test]
fn a_body_or_a_business_by_what_it_is_is_the_one_named_before() {
    let got = speakers(
        "The Swiss Bankers Association said deposits rose. The association said loans fell.",
    );
    assert_eq!(got, vec![Some("Swiss Bankers Association".to_string()); 2], "{got:?}");
    let got = speakers(
        "Central Maine Power Co said it would cut rates. The utility said demand was strong.",
    );
    assert_eq!(got, vec![Some("Central Maine Power Co".to_string()); 2], "{got:?}");
    // (Not a business of another kind: an airline is no ratings agency.)
    let got = speakers(
        "Standard and Poor's Corp said it cut the rating. The airline said it would appeal.",
    );
    assert_eq!(got.last(), Some(&Some("airline".to_string())), "{got:?}");
}

#[test]
fn the_company_may_be_a_name_of_capitals_that_spoke_just_before() {
    let got = speakers(
        "Norsk Data said its sales rose 15 pct. The company said sales for the half rose too. It said margins were steady.",
    );
    assert_eq!(got, vec![Some("Norsk Data".to_string()); 3], "{got:?}");
    // (Not a paper.)
    let got = speakers(
        "The Business Journal said the plant would close. The company said it would not comment.",
    );
    assert_eq!(got.last(), Some(&Some("company".to_string())), "{got:?}");
}

#[test]
fn a_spokesman_of_an_institution_named_with_of_is_the_spokesman() {
    let got = speakers(
        "The first barges moved upstream today, an Army Corps of Engineers spokesman said. About 14 inches of ice were reported between locks three and four, the spokesman said.",
    );
    assert_eq!(got, vec![Some("an Army Corps of Engineers spokesman".to_string()); 2], "{got:?}");
}

#[test]
fn the_spokesman_is_the_source_a_spokesman_spoke_for() {
    let got = speakers(
        "Drilling of the sugar beet crop got off to a slow start, a spokesman for British Sugar Plc said. There is little cause for concern, the spokesman said.",
    );
    assert_eq!(got, vec![Some("British Sugar Plc".to_string()); 2], "{got:?}");
}

#[test]
fn the_spokesman_alone_is_the_source_of_the_institution_that_spoke_just_before() {
    let got = speakers(
        "China Steel Corp said its steel exports will drop. The spokesman said production is expected to rise.",
    );
    assert_eq!(got, vec![Some("China Steel Corp".to_string()); 2], "{got:?}");
    // (Not after a person.)
    let got =
        speakers("John Smith said exports will drop. The spokesman said production would rise.");
    assert_eq!(got.last(), Some(&Some("spokesman".to_string())), "{got:?}");
}

#[test]
fn a_line_that_closes_a_parenthesis_after_a_full_stop_ends_its_paragraph() {
    // Web copy: one paragraph a line, blank lines only here and there, and
    // a line longer than a wrapped one.
    let a = article(
        "News",
        "X.\n\nTwitter soon made his tweets into a Moment, a curated feed from an event, which gave users a glimpse inside the rally through his eyes.\n(See the full timeline of the rally below.)\nSexton, a creative writing professor, said he holds his working-class roots in southern Indiana “very near and dear to my heart.”",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].speaker.as_deref(), Some("Sexton"));
    let clause = s[0].clause.clone().map(|r| a.text[r].to_string());
    assert_eq!(
        clause.as_deref(),
        Some(
            "he holds his working-class roots in southern Indiana “very near and dear to my heart.”"
        )
    );
}

#[test]
fn a_subject_before_a_long_aside_says_what_follows() {
    assert_one(
        "Wilcox, whose education at the University of Tampa was paid for by the military because he participated in the Reserve Officers Training Corps (ROTC) program, said he’d like to see more students get opportunities like the one he had.",
        "he’d like to see more students get opportunities like the one he had",
        "Wilcox",
    );
    assert_one(
        "Yet some voters who have listened to Mr. Clinton's speeches over the decades, on television or at small-scale campaign events, said he had less magnetism recently than they remembered.",
        "he had less magnetism recently than they remembered",
        "some voters",
    );
    // A name after what it is, and a name the newswire marks.
    assert_one(
        "Philippine Secretary of Trade and Industry Jose Concepcion, who arrived two days ago from a conference in Geneva, said he was pleased with the latest gathering here.",
        "he was pleased with the latest gathering here",
        "Jose Concepcion",
    );
    assert_one(
        "French machinery maker <Poclain>, 40 pct owned by <Tenneco Inc>, said it will raise its capital to 791 mln francs.",
        "it will raise its capital to 791 mln francs",
        "Poclain",
    );
    // (Not a phrase inside what the subject is: "A group of companies
    // including …" is the group.)
    let (_, _, who) = one(
        "A group of companies including Chicago-based Coronet Insurance Co and Sunstates Corp, which both hold shares, said it raised its stake in Tandy Brands Inc to 175,900 shares.",
    );
    assert_eq!(who.as_deref(), Some("a group"));
}

#[test]
fn a_newswire_double_dash_before_a_contrast_ends_a_reported_clause() {
    assert_statements(
        "Citibank said it made a net loss of just over six mln crowns in 1986 -- although foreign bankers said they expect it to show 1987 profits after two lean years.",
        &[
            ("it made a net loss of just over six mln crowns in 1986", Some("Citibank")),
            ("they expect it to show 1987 profits after two lean years", Some("foreign bankers")),
        ],
    );
    // (Not an aside between two of them.)
    assert_statements(
        "Great American said it has also considered -- but not yet decided -- to buy additional Atcor shares.",
        &[(
            "it has also considered -- but not yet decided -- to buy additional Atcor shares",
            Some("Great American"),
        )],
    );
}

#[test]
fn a_subject_is_whom_its_relative_clause_or_participle_is_about() {
    assert_speaker(
        "Some voters who have listened to his speeches said he had less magnetism.",
        "some voters",
    );
    assert_speaker(
        "Republicans who attended the meeting with Trump said he was gracious.",
        "Republicans",
    );
    assert_speaker("Traders dealing in the stock said it would rise.", "traders");
    // (Whom questions were put to, not who put them.)
    assert_speaker("Economists polled by Reuters said the rate would rise.", "economists");
    assert_speaker(
        "A Fiat spokesman contacted by Reuters said the company had no comment.",
        "a Fiat spokesman",
    );
    assert_speaker(
        "One official attending the Washington talks with Brazilian Finance Minister Dilson Funaro said Brazil had no plan.",
        "one official",
    );
    // (Not a question's "who", nor whom the clause's own subject acts on.)
    let got = speakers(
        "Filmmaker and best-selling author Dinesh D’Souza made his prediction.\n\nAfter BlazeTV’s Glenn Beck asked the conservative who he thought would win the presidency, D’Souza replied, “If I had to bet now, I regret to say, I would bet on Hillary.”\n\n“We should never confuse who we want to win, with who is going to win,” he added.",
    );
    assert_eq!(
        got[got.len() - 2..],
        [Some("Dinesh D’Souza".to_string()), Some("Dinesh D’Souza".to_string())],
        "{got:?}"
    );
    // (Nor a thing: "In a statement detailing …".)
    assert_speaker(
        "In a statement detailing the banning of the accounts Valve said this system helped identify who had pirated copies.",
        "Valve",
    );
}

#[test]
fn the_union_the_agency_and_the_organisation_are_the_body_named_before() {
    let got = speakers(
        "The Independent Federation of Flight Attendants said a judge entered a restraining order. The union said the order also bars the company.",
    );
    assert_eq!(
        got,
        vec![Some("Independent Federation of Flight Attendants".to_string()); 2],
        "{got:?}"
    );
    let got = speakers(
        "The SEC said it found 35 cash deposits. The agency said the firm had failed to report them.",
    );
    assert_eq!(got, vec![Some("SEC".to_string()); 2], "{got:?}");
    let got = speakers(
        "The Public Policy Institute of California said Clinton led by two points. The organization said the race was tight.",
    );
    assert_eq!(got, vec![Some("Public Policy Institute of California".to_string()); 2], "{got:?}");
}

#[test]
fn the_company_is_the_one_a_newswire_title_names_by_its_ticker() {
    let a = article(
        "BAUSCH AND LOMB <BOL> ANNOUNCES NEW PRODUCTS",
        "Bausch and Lomb said it plans to launch a new line of soft contact lens care products in the United States.\n\nThe company said the line will be marketed under the ReNu trademark.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got, vec![Some("Bausch and Lomb".to_string()); 2], "{got:?}");
    // As the text spells it, to the word that ends a firm's name.
    let a = article(
        "FIRESTONE <FIR> TO CLOSE THREE TIRE PLANTS",
        "The plants employ about 1,200 people.\n\nFirestone Tire and Rubber Co has notified the union of the closings.\n\nThe company said the plants were not competitive.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got.last(), Some(&Some("Firestone Tire and Rubber Co".to_string())), "{got:?}");
    // (Not words of the title the text does not hold as a name.)
    let a = article(
        "OPTIONS ON VIACOM <VIA> ACTIVE",
        "Traders said options on Viacom were heavily traded.\n\nThe company said it had no comment.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got.last(), Some(&Some("company".to_string())), "{got:?}");
}

#[test]
fn the_government_is_the_one_of_the_country_the_title_names() {
    let a = article(
        "POLISH GOVERNMENT HIKES FOOD, FUEL, ENERGY PRICES",
        "Food prices will rise on average by 9.3 pct.\n\nThe government said its annual plan for the economy had specified a 13 pct increase.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got, vec![Some("Polish government".to_string())], "{got:?}");
    // (Not a country the item is about: "the government" of a British
    // item on Iraq is no Iraqi one.)
    let a = article(
        "Blair rejects Iraq advice calls",
        "Mr Blair refused to answer further questions on the issue.\n\nThe government said it would not publish the advice on the legality of the war.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got.last(), Some(&Some("government".to_string())), "{got:?}");
}

#[test]
fn the_statement_is_whoever_said_it_in_one_and_a_nordic_suffix_is_kept() {
    let got = speakers(
        "Japan understands the circumstances, the Foreign Ministry said in a statement. The statement added that the threat to free navigation had increased.",
    );
    assert_eq!(got, vec![Some("Foreign Ministry".to_string()); 2], "{got:?}");
    let got = speakers(
        "Prices will rise, a statement from the Ministry of Finance said. According to the statement, the increases were needed because revenue fell.",
    );
    assert_eq!(got, vec![Some("Ministry of Finance".to_string()); 2], "{got:?}");
    assert_speaker("Citibank A/S said it made a net loss in 1986.", "Citibank A/S");
}

#[test]
fn a_names_letters_in_parentheses_are_no_part_of_it() {
    assert_speaker(
        "Crude stocks fell last week, the Energy Information Administration (EIA) said.",
        "Energy Information Administration",
    );
    assert_speaker(
        "Exports will rise, a Ministry of International Trade and Industry (MITI) official said.",
        "a Ministry of International Trade and Industry official",
    );
    // (Not what a person's parenthesis says: a party and a state.)
    assert_speaker("Sen. Harry M. Reid (D-Nev.) said the bill was dead.", "Harry M. Reid");
}

#[test]
fn the_report_is_the_body_that_said_something_in_it() {
    let got = speakers(
        "French industry is failing to produce the goods its markets need, the Organisation for Economic Cooperation and Development said.\n\nUnemployment could climb to 11.5 pct, it said in an annual review of the French economy.\n\nThe report said the economy was ill-adapted to demand.",
    );
    assert_eq!(
        got,
        vec![Some("Organisation for Economic Cooperation and Development".to_string()); 3],
        "{got:?}"
    );
    // (Not a person's, whom no "it" after it stands for.)
    let got = speakers(
        "The wheat crop was set back, the U.S. Agriculture Department's officer in Peking said in a field report.\n\nThe report said imports would rise.\n\nImports from the United States are estimated at 1.5 mln tonnes, it said.",
    );
    assert_eq!(got[1..], [Some("report".to_string()), Some("report".to_string())], "{got:?}");
}

#[test]
fn a_countrys_body_named_without_it_takes_the_titles_country() {
    let a = article(
        "CHILEAN GDP UP 5.7 PCT IN 1986, CENTRAL BANK SAYS",
        "Chile's gross domestic product rose 5.7 pct last year, the central bank said.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got.last(), Some(&Some("Chilean Central Bank".to_string())), "{got:?}");
    // (Not the United States', whose bodies go by other names.)
    let a = article(
        "U.S. TRADE DEFICIT NARROWS",
        "The deficit narrowed in January, the Finance Ministry said.",
    );
    let got: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(got, vec![Some("Finance Ministry".to_string())], "{got:?}");
}

#[test]
fn the_bank_is_a_bank_whose_name_ends_in_bank() {
    let got = speakers(
        "Commerzbank AG said it will acquire Linotype GmbH. The bank said it would float the shares. It said the price was fair.",
    );
    assert_eq!(got, vec![Some("Commerzbank AG".to_string()); 3], "{got:?}");
}

#[test]
fn more_given_names_tell_whom_he_and_she_stand_for() {
    let got = speakers(
        "Andy Roddick will play Cyril Saulnier in the final.\n\n\"I rushed a few backhands,\" admitted Tommy Haas. Saulnier will move into the world's top 50 for the first time. \"It's taken a lot of work,\" he revealed.",
    );
    assert_eq!(got.last(), Some(&Some("Cyril Saulnier".to_string())), "{got:?}");
}

#[test]
fn a_long_subject_after_when_it_was_said_opens_the_clause() {
    assert_one(
        "Ongpin said last month the country's consultative group of multilateral and bilateral aid donors had endorsed a growth facility.",
        "the country's consultative group of multilateral and bilateral aid donors had endorsed a growth facility",
        "Ongpin",
    );
    assert_one(
        "IRNA said today a group of its reporters visited newly-captured areas on the southern front.",
        "a group of its reporters visited newly-captured areas on the southern front",
        "IRNA",
    );
}

#[test]
fn further_opens_the_subject_of_what_was_said() {
    assert_one(
        "BP said further details would be released on July 21.",
        "further details would be released on July 21",
        "BP",
    );
    // Still an adverb of saying before "that".
    assert_one("BP said further that the plant would close.", "the plant would close", "BP");
}

#[test]
fn a_reported_clause_keeps_both_marks_of_a_parenthesis() {
    // A semicolon between two sums in parentheses ends no sentence.
    assert_one(
        "A total of 24.2 trillion pesos ($10.2bn; £5.5bn) is earmarked for subsidies for the poor, the planning department said.",
        "A total of 24.2 trillion pesos ($10.2bn; £5.5bn) is earmarked for subsidies for the poor",
        "planning department",
    );
    // The closing mark right before the credit's comma.
    assert_one(
        "Verizon has won MCI with a bid worth $6.8bn (£3.6bn), reports say.",
        "Verizon has won MCI with a bid worth $6.8bn (£3.6bn)",
        "reports",
    );
    // An opening mark the clause never closes is left out.
    assert_one(
        "(The book has sold 235,000 hardcover copies in eight months, according to Nielsen.)",
        "The book has sold 235,000 hardcover copies in eight months",
        "Nielsen",
    );
}

#[test]
fn a_thing_attacked_ends_before_a_second_predicate_past_its_adverb() {
    assert_one(
        "Trump attacked her Spanish-language skills and even questioned the star's Latino identity.",
        "her Spanish-language skills",
        "Trump",
    );
}

#[test]
fn a_speakers_letters_are_the_name_they_stand_for() {
    let got = speakers(
        "International Business Machines Corp said it would cut prices. IBM said the cuts would take effect in May.",
    );
    assert_eq!(got, vec![Some("International Business Machines Corp".to_string()); 2], "{got:?}");
    // As the text spells them out, before another name of the same letters.
    let got = speakers(
        "The law will not be re-drafted by the European Commission (EC). The EC says the ministers will adopt it. If the European Council agrees, it will return to Parliament, the European Council said.",
    );
    assert_eq!(
        got,
        vec![Some("European Commission".to_string()), Some("European Council".to_string())],
        "{got:?}"
    );
}

#[test]
fn a_phrase_that_ends_in_a_preposition_or_an_article_reports_nothing() {
    for body in [
        "Houllier was angry at reports he has been critical of Benitez since the Spaniard took over.",
        "Parties received £68m in reported donations in 2001, 2002 and 2003.",
        "Pakistan was rumored to make offers at its tender today for 6,000 tonnes of palm oil.",
    ] {
        let a = article("News", body);
        assert_eq!(found(&a), vec![], "{body}");
    }
}

#[test]
fn an_honorific_inside_an_apposition_is_someone_elses() {
    let got = speakers(
        "Kellyanne Conway, a senior adviser and pollster for Mr. Trump, will become the campaign manager.\n\nPaul Manafort will retain his title.\n\nMs. Conway said that Mr. Manafort was not being diminished.\n\n''It's an expansion,'' she said.",
    );
    assert_eq!(got.last(), Some(&Some("Kellyanne Conway".to_string())), "{got:?}");
}

#[test]
fn what_someone_called_a_thing_ends_before_their_second_predicate() {
    assert_eq!(
        clause_of_partial(
            "Trump called Ford's plans to open a plant in Mexico “an absolute disgrace,” and threatened to impose a 35 percent tax.",
        )
        .as_deref(),
        Some("Ford's plans to open a plant in Mexico “an absolute disgrace,”"),
    );
    // Not after a clause of its own, which goes on with its subject.
    assert_eq!(
        clause_of_partial("Kilroy-Silk said he was \"very angry\" and planned to press charges.")
            .as_deref(),
        Some("he was \"very angry\" and planned to press charges"),
    );
}

#[test]
fn a_question_reaches_its_if_past_a_longer_whom_and_when() {
    assert_one(
        "HuffPost asked the 2016 Democratic White House contender if he had been preparing himself mentally.",
        "if he had been preparing himself mentally",
        "HuffPost",
    );
    assert_one(
        "Lee Wang of The Intercept asked Clinton Friday whether she would release transcripts.",
        "whether she would release transcripts",
        "Lee Wang",
    );
    // Whoever was asked after a comma asks nothing.
    assert_speaker(
        "Balladur, asked at a news conference if intervention was sufficient, said each country has to fulfill its commitments.",
        "Balladur",
    );
}

#[test]
fn a_second_predicate_asks_for_the_subject_it_shares() {
    assert_one(
        "Ecuador shut its pipeline for four months, and has asked Venezuela to help by supplying 50,000 barrels per day.",
        "Venezuela to help by supplying 50,000 barrels per day",
        "Ecuador",
    );
    assert_one(
        "The crowd cheered when Trump spotted a sign and asked it to be fetched for him.",
        "it to be fetched for him",
        "Trump",
    );
    assert_one(
        "Pelosi shared a story involving a young boy who stared at a painting of Bill Clinton and asked who he was.",
        "who he was",
        "a young boy",
    );
    // A pronoun with its verb is nobody named.
    let got = speakers("To reflect the thrifty times, we've asked Chipotle to cater.");
    assert_eq!(got, vec![None], "{got:?}");
}

#[test]
fn journalists_told_are_whom_not_what() {
    assert_one(
        "The minister told journalists he had warned his colleagues.",
        "he had warned his colleagues",
        "minister",
    );
    // Past when, too.
    assert_one(
        "Spokesman Frota Netto told journalists earlier today the government was considering a suggestion.",
        "the government was considering a suggestion",
        "Frota Netto",
    );
    // And a participle after such a credit is the credited speaker's.
    let got = speakers(
        "CES President Philippe Neeser said inflation was a fear. Disinflation was an absolute priority, Neeser told journalists, adding that a failure would be serious.",
    );
    assert_eq!(got, vec![Some("Philippe Neeser".to_string()); 3], "{got:?}");
}

#[test]
fn a_possessives_previously_announced_thing_is_no_statement() {
    let a = article(
        "News",
        "Norstar holders will receive 1.2 shares following Fleet's previously announced two-for-one split.",
    );
    assert_eq!(found(&a), vec![]);
    // A name that ends in "ly" still speaks: "People's Daily".
    assert_speaker(
        "Bank of China has increased its capital, the People's Daily reported.",
        "People's Daily",
    );
}

#[test]
fn a_first_person_with_its_verb_is_that_pronoun() {
    let a = article("News", "To reflect the thrifty times, we've asked Chipotle to cater.");
    let got = extract_statements(&a, 0);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].speaker, None);
    // The mention stays, as "we" would.
    assert_eq!(got[0].speaker_span.as_ref().map(|r| &a.text[r.clone()]), Some("we've"));
}

#[test]
fn it_after_a_name_of_no_one_is_that_name() {
    let got = speakers(
        "Krispy Kreme said the latest adjustments involved the repurchase of three franchise restaurants. It added it would now be reviewing how it accounts for its leases.",
    );
    assert_eq!(got, vec![Some("Krispy Kreme".to_string()); 2], "{got:?}");
    // Not after a thing cited, which "it" may be.
    let got = speakers(
        "Joey Salceda cited a 2001 memorandum issued by the immigration agency. It says foreign nationals can be blacklisted.",
    );
    assert_ne!(got.last(), Some(&Some("Joey Salceda".to_string())), "{got:?}");
}

#[test]
fn a_medium_or_an_occasion_told_is_whom_not_what() {
    assert_one(
        "A military spokesman told the Iraqi news agency INA the latest attack was at 1250 GMT.",
        "the latest attack was at 1250 GMT",
        "a military spokesman",
    );
    assert_one(
        "Vice Premier Yao Yilin told a Peking news conference some people said the debt was too much.",
        "some people said the debt was too much",
        "Yao Yilin",
    );
}

#[test]
fn the_first_of_two_surnames_names_the_person() {
    let got = speakers(
        "Bolivia's plan is likely to be accepted, central bank governor Javier Nogales Iturri said.\n\nA senior banker working on the deal also said that banks are responding positively.\n\nNogales said Bolivia would offer to buy back the debt. He said some banks might want to hold out.",
    );
    assert_eq!(
        got,
        [
            Some("Javier Nogales Iturri"),
            Some("a senior banker"),
            Some("Javier Nogales Iturri"),
            Some("Javier Nogales Iturri"),
        ]
        .map(|s| s.map(str::to_string)),
        "{got:?}"
    );
}

#[test]
fn a_loan_written_off_is_no_statement() {
    for body in [
        "Many banks have written off most, if not all, of their loans to the country.",
        "Tricentrol Plc wrote off 57.5 mln stg on the reorganisation last year.",
    ] {
        let a = article("News", body);
        assert_eq!(found(&a), vec![], "{body}");
    }
}

#[test]
fn the_economys_demand_demands_nothing() {
    for body in [
        "U.S. demand could be sluggish because winter is ending.",
        "Jaguar rose 15p mainly on U.S demand ahead of a motor show in New York.",
    ] {
        let a = article("News", body);
        assert_eq!(found(&a), vec![], "{body}");
    }
    // The clause that held it is whole again.
    assert_speaker(
        "The Japanese economy is firmly on the recovery path, supported by robust domestic demand, the Bank of Japan said.",
        "Bank of Japan",
    );
    // Still one who demands.
    assert_speaker("The union demands that the government index wages.", "union");
}

#[test]
fn a_credit_that_ends_the_sentence_is_not_inside_another_clause() {
    assert_statements(
        "Kuwait has agreed to charter tankers from the Soviet Union, diplomatic sources said.",
        &[
            (
                "Kuwait has agreed to charter tankers from the Soviet Union",
                Some("diplomatic sources"),
            ),
            ("to charter tankers from the Soviet Union", Some("Kuwait")),
        ],
    );
    assert_statements(
        "Finance Minister Kiichi Miyazawa told a parliamentary committee he expects major nations to reaffirm the pact, political sources said.",
        &[
            (
                "Finance Minister Kiichi Miyazawa told a parliamentary committee he expects major nations to reaffirm the pact",
                Some("political sources"),
            ),
            ("he expects major nations to reaffirm the pact", Some("Kiichi Miyazawa")),
        ],
    );
    // Not a participle's clause: "surprising operators who had expected".
    assert_one(
        "The bank said it was leaving its rate unchanged at 16 pct, surprising operators who had expected an increase.",
        "it was leaving its rate unchanged at 16 pct, surprising operators who had expected an increase",
        "bank",
    );
}

#[test]
fn they_are_the_people_a_sentence_opened_with() {
    assert_eq!(
        speakers(
            "Traders anticipate carryover demand prompted by steady hog calls. Slaughter is likely to remain on the light side, they said."
        ),
        [Some("traders".to_string())]
    );
    assert_eq!(
        speakers(
            "Grain traders and analysts look for a 10 to 12 mln acre sign-up. The USDA probably will accept about 80 pct of the acres, they said."
        ),
        [Some("Grain traders and analysts".to_string())]
    );
    // Not "the" people, who were named before.
    assert_eq!(
        speakers(
            "Finance Ministry officials blamed the slower import growth on oil.\n\nThe officials took comfort from a decline in exports.\n\nThe yen is finally having an impact, they said."
        ),
        [
            Some("Finance Ministry officials".to_string()),
            Some("Finance Ministry officials".to_string())
        ]
    );
}

#[test]
fn a_preposition_that_opens_a_sentence_is_no_part_of_a_name() {
    assert_eq!(
        speakers(
            "Besides Reagan's knowledge, another question is who received the money.\n\nReagan has denied knowing about the shift of funds."
        ),
        [Some("Reagan".to_string())]
    );
    let got = speakers(
        "Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose.",
    );
    assert!(got.iter().flatten().all(|s| !s.contains("Alongside")), "{got:?}");
}

#[test]
fn a_closing_credit_ends_a_clause_that_reads_as_an_opening() {
    assert_statements(
        "Whale Securities recommends buying the stock, Harlow said.",
        &[
            ("Whale Securities recommends buying the stock", Some("Harlow")),
            ("buying the stock", Some("Whale Securities")),
        ],
    );
    // Not the same speaker's credit again after what was said, which is
    // no part of it either.
    assert_one(
        "The sources said only 80 personnel can be housed in remaining accommodations, the sources said.",
        "only 80 personnel can be housed in remaining accommodations",
        "sources",
    );
}

#[test]
fn a_company_suffix_alone_is_no_name() {
    for (body, firm) in [
        ("K mart Corp said its board approved a 17.6 pct increase in the dividend.", "K mart Corp"),
        ("Reading Co said it has agreed in principle to convey properties.", "Reading Co"),
        (
            "Spectrum 2000 Inc said the Army will begin test marketing its product.",
            "Spectrum 2000 Inc",
        ),
    ] {
        assert_speaker(body, firm);
    }
}

#[test]
fn a_body_or_an_office_for_a_matter_is_named_whole() {
    for (body, name) in [
        (
            "Industrial production rose 0.3 pct, the Ministry of International Trade and Industry said.",
            "Ministry of International Trade and Industry",
        ),
        ("The Minister for Trade said nine countries will meet.", "Minister for Trade"),
        (
            "Egypt's Minister of State for Foreign Affairs said nine countries will meet.",
            "Egypt's Minister of State for Foreign Affairs",
        ),
    ] {
        assert_speaker(body, name);
    }
    // Not a person the office names, nor one after it.
    assert_speaker(
        "Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said nine countries will meet.",
        "Rashid Abdulla al-Nuaimi",
    );
    assert_speaker(
        "Japan's Minister of International Trade and Industry Hajime Tamura said interference was inappropriate.",
        "Hajime Tamura",
    );
}

#[test]
fn it_after_it_is_what_the_first_stood_for() {
    assert_eq!(
        speakers(
            "The China Three Gorges Project Corp could now face a fine. Last week, it denied that its projects violated regulations. \"The corporation has all along abided by the law,\" it said."
        ),
        [
            Some("China Three Gorges Project Corp".to_string()),
            Some("China Three Gorges Project Corp".to_string())
        ]
    );
}

#[test]
fn the_company_is_a_name_of_one_word_that_spoke_before() {
    assert_eq!(
        speakers(
            "Cairn said estimates had been revised. The company said the tax rate would be about 20 pct."
        ),
        [Some("Cairn".to_string()), Some("Cairn".to_string())]
    );
    // Not a piece of a longer name, nor a word the text writes in lower case.
    for body in [
        "PDA Engineering said it deferred shipments. The company said the deferral will reduce revenues.",
        "Coal said output rose as coal prices held. The company said prices fell.",
    ] {
        assert_eq!(speakers(body).last(), Some(&Some("company".to_string())), "{body}");
    }
}

#[test]
fn a_company_of_the_arts_is_no_persons_surname() {
    assert_speaker(
        "Only two principal dancers at the Royal Ballet are British. But a spokesman for the English National Ballet told BBC News that a quarter of its dancers were from the UK.",
        "English National Ballet",
    );
}

#[test]
fn they_are_companies_or_parties_a_sentence_opened_with() {
    for (body, they) in [
        (
            "The two Japanese companies will collaborate in research. They said the agreement would help them expand.",
            "two Japanese companies",
        ),
        (
            "Opposition parties also want more local policing. They said ministers tie the police up with paperwork.",
            "opposition parties",
        ),
    ] {
        assert_eq!(speakers(body), [Some(they.to_string())], "{body}");
    }
}

#[test]
fn it_after_a_subordinate_clause_is_that_clauses_subject() {
    assert_speaker(
        "While Poland is unlikely to seek compensation, it says it has a moral right to assistance.",
        "Poland",
    );
}

#[test]
fn a_closing_credit_ends_a_clause_of_a_word_or_two() {
    assert_statements(
        "Iran vowed retaliation, Tehran radio reported.",
        &[("Iran vowed retaliation", Some("Tehran radio"))],
    );
    assert_statements(
        "Nakasone expressed his understanding, the sources said.",
        &[
            ("Nakasone expressed his understanding", Some("sources")),
            ("his understanding", Some("Nakasone")),
        ],
    );
}

#[test]
fn a_closing_credit_may_name_its_source_between_commas() {
    assert_speaker_of_first(
        "Australia expects meat exports to the Middle East to rise this year, managing director of the Australian Meat and Livestock Corp, Peter Frawley, said.",
        "Peter Frawley",
    );
}

#[test]
fn going_on_credits_only_the_words_that_go_on() {
    // "continues to live", "begin in Canada": what someone goes on doing,
    // after a quotation that ended its sentence.
    assert_statements(
        "\"There is darkness in the story,\" said Kate Bosworth. \"It was a dream for me to land this part.\" Actress Sandra Dee continues to live in Los Angeles.",
        &[(
            "There is darkness in the story, It was a dream for me to land this part.",
            Some("Kate Bosworth"),
        )],
    );
    assert_eq!(
        speakers(
            "Producer Kevin Wallace said: \"Toronto really wanted this premiere.\" \"We hope for an even bigger buzz in London.\" Auditions begin in Canada on Thursday."
        ),
        [Some("Kevin Wallace".to_string())]
    );
    // "continued to warn that …": the infinitive reports.
    let a = article("News", "Traders continued to warn that the \"bubble may burst any time\".");
    let s = extract_statements(&a, 0);
    assert_eq!(s.iter().map(|s| s.cue).collect::<Vec<_>>(), [Some("warn")], "{s:#?}");
    // As the words go on, it still credits them.
    assert_speaker(
        "Dieter Kosslick spoke. \"There are more good European films,\" he continued.",
        "Dieter Kosslick",
    );
}

#[test]
fn who_spoke_comes_before_where_they_were() {
    for (body, who) in [
        ("Merrill Lynch in London said any further amplification was needed.", "Merrill Lynch"),
        (
            "The BBC's David Willey in Rome says one reason is the changeover to the euro.",
            "David Willey",
        ),
        (
            "A spokesman for the Bundesbank in Frankfurt said the central bank would act.",
            "Bundesbank",
        ),
        ("Cuba in its telex told operators they would not ship.", "Cuba"),
        ("Bankers in New York said the market was booming.", "bankers"),
    ] {
        assert_speaker(body, who);
    }
    // Not a text and where it came from, a role at a body, nor an opening.
    for (body, who) in [
        (
            "Data from the Council of Mortgage Lenders showed lending fell.",
            "Council of Mortgage Lenders",
        ),
        ("Officials in the Finance Ministry said sales rose.", "officials in the Finance Ministry"),
        (
            "At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said Xbox 2 would be part of it.",
            "Bill Gates",
        ),
        // (Some of those in a body are not the body.)
        (
            "But some in Congress feared that such a tax could drive business offshore.",
            "some in Congress",
        ),
    ] {
        assert_speaker(body, who);
    }
}

#[test]
fn what_an_event_stirred_is_no_ones_statement() {
    for body in [
        "Officials have focused on the threat of inflation, prompting fears that interest rates may rise.",
        "These two cases have raised hopes that other companies will also reach agreement soon.",
    ] {
        assert!(speakers(body).is_empty(), "{body}: {:?}", speakers(body));
    }
}

#[test]
fn a_perfect_participle_after_an_adverb_is_the_subjects() {
    assert_speaker(
        "Kelly Holmes would not reveal whether she intended to run, having previously indicated she would wait until after the Birmingham Grand Prix.",
        "Kelly Holmes",
    );
}

#[test]
fn a_spokesman_for_a_titled_person_is_not_that_person() {
    assert_eq!(
        speakers(
            "Trade Representative Clayton Yeutter met Japanese officials. A spokesman for Yeutter said no agreement was reached."
        ),
        [Some("a spokesman for Yeutter".to_string())]
    );
}

#[test]
fn adverbs_after_an_auxiliary_are_not_the_subjects() {
    assert_speaker(
        "West European nations have so far rejected the proposal.",
        "West European nations",
    );
    for body in [
        "Sony has not yet announced when the PSP will be available in Europe.",
        "Bank of Korea officials would neither confirm nor deny the forecast.",
        // (Nor past a modal: what legislation would do is no one's words.)
        "The House has attached to a trade bill legislation that would temporarily deny MFN for Romania pending certification.",
    ] {
        assert!(speakers(body).is_empty(), "{body}: {:?}", speakers(body));
    }
}

#[test]
fn when_between_a_subject_and_its_verb_is_no_ones() {
    assert_speaker(
        "The Bank of England this morning finally signalled it was prepared to see lower rates.",
        "Bank of England",
    );
    assert_speaker(
        "Treasury Secretary James Baker over the weekend pointed to the pending legislation.",
        "James Baker",
    );
}

#[test]
fn he_after_a_role_that_opened_a_sentence_is_that_role() {
    assert_eq!(
        speakers(
            "James Kinnear said Texaco would appeal. Texaco stock rose. A Pennzoil attorney would not comment. He said the SEC rule is irrelevant."
        ),
        [Some("James Kinnear".to_string()), Some("a Pennzoil attorney".to_string())]
    );
    assert_eq!(
        speakers(
            "A bank official attributed the increase to the trade surplus. He said the deficit on invisible trade narrowed."
        ),
        [Some("a bank official".to_string())]
    );
}

#[test]
fn a_firm_is_not_its_product() {
    assert_eq!(
        speakers(
            "The Nintendo DS went on sale today. Nintendo said more than 120 games are in development."
        ),
        [Some("Nintendo".to_string())]
    );
    // A firm's own suffix is its name's, in capitals too.
    assert_eq!(
        speakers("Trelleborg AB raised its dividend. Trelleborg said profits rose."),
        [Some("Trelleborg AB".to_string())]
    );
}

#[test]
fn a_letter_quoted_whole_ends_its_sentence() {
    // `"B."` is a quoted letter, not an initial: the sentence after it is
    // read on its own.
    assert_statements(
        "Jane Doe spoke. \"A,\" she said, \"B.\" According to Rutte, the plan works.",
        &[("the plan works", Some("Rutte"))],
    );
}

#[test]
fn a_weekday_after_the_opens_a_papers_name() {
    assert_speaker("The Sunday Times said the plan was dead.", "Sunday Times");
    assert_speaker("A report in the Sunday Telegraph said the plan was dead.", "Sunday Telegraph");
    // (A day after a name is still when: not part of the name.)
    assert_speaker("Jane Doe on Sunday said the plan was dead.", "Jane Doe");
}

#[test]
fn an_office_and_its_matter_before_a_name_are_that_persons() {
    assert_speaker(
        "Canada's Minister of State for Finance, Tom Hockin, said progress was made.",
        "Tom Hockin",
    );
    assert_speaker(
        "The Shadow Secretary of State for the Family, Theresa May, said the plans were recycled.",
        "Theresa May",
    );
}

#[test]
fn a_nickname_in_quote_marks_is_part_of_the_name() {
    // (No quotation, and no one's words: the statement is what he said.)
    assert_statements(
        "Chairman C.J. \"Pete\" Silas said the company would grow.",
        &[("the company would grow", Some("C.J. Pete Silas"))],
    );
    assert_eq!(
        speakers(
            "The reports are \"the first good news in a long time,\" said John \"Bud\" Frazier, grain analyst.\n\n\"I am excited,\" Frazier said."
        ),
        [Some("John Bud Frazier".to_string()), Some("John Bud Frazier".to_string())]
    );
}

#[test]
fn a_name_and_others_with_it_speak_together() {
    assert_statements(
        "Poehl and other Bundesbank officials said rates would stay. Yukos and its main shareholders said they would sue.",
        &[
            ("rates would stay", Some("Poehl and other Bundesbank officials")),
            ("they would sue", Some("Yukos and its main shareholders")),
        ],
    );
    // (Not someone named after them, whose name ends the phrase.)
    assert_speaker(
        "Salah Abu-Laban and his wife Sahar Quaider had been traveling together, wrote film director Osman Abu Laban.",
        "Osman Abu Laban",
    );
}

#[test]
fn a_plurals_possessive_inside_a_bodys_name_is_the_names() {
    assert_speaker(
        "The British Bankers' Association said lending was weaker.",
        "British Bankers' Association",
    );
    // (Not an owner's: "Winn Enterprises' Knudsen Foods Inc" is the unit,
    // and the Court of Appeals owns its board.)
    assert_speaker(
        "The complaint to the D.C. Court of Appeals' Board on Professional Responsibility says Mills violated standards.",
        "Board on Professional Responsibility",
    );
    assert_speaker(
        "Winn Enterprises' Knudsen Foods Inc said it would close a plant.",
        "Knudsen Foods Inc",
    );
}

#[test]
fn a_body_and_its_letters_are_not_whoever_the_letters_title() {
    assert_eq!(
        speakers(
            "Receipts in February were 472 mln stg, the Building Societies Association (BSA) said.\n\nBSA chairman Mark Boleat noted that net receipts were low."
        ),
        [Some("Building Societies Association".to_string()), Some("Mark Boleat".to_string())]
    );
}

#[test]
fn a_name_after_said_with_no_comma_before_it_credits_the_words_before() {
    assert_eq!(
        reported(
            "There are other pressures making banks turn to Windows said Dominic Hirsch, managing director of research firm Retail Banking Research."
        ),
        [(
            "There are other pressures making banks turn to Windows".to_string(),
            "Dominic Hirsch".to_string()
        )]
    );
    // (Not a clause whose subject is the name, nor a list of names.)
    assert_eq!(
        reported(
            "Quantech Electronics Corp said Leonard N. Hecht, Jack Goldfarb and Harold V. Wallace resigned as directors."
        ),
        [(
            "Leonard N. Hecht, Jack Goldfarb and Harold V. Wallace resigned as directors"
                .to_string(),
            "Quantech Electronics Corp".to_string()
        )]
    );
}

#[test]
fn a_kind_of_agency_is_the_agency_named_before() {
    assert_eq!(
        speakers(
            "Standard and Poor's Corp said it upgraded the debt of Navistar.\n\nThe recapitalization would save Navistar 86 mln dlrs, the rating agency said."
        ),
        [
            Some("Standard and Poor's Corp".to_string()),
            Some("Standard and Poor's Corp".to_string())
        ]
    );
    assert_eq!(
        speakers(
            "The deficit widened in the fourth quarter, Statistics Canada said.\n\nThe shortfall for the year rose to 8.81 billion dlrs, the federal agency said."
        ),
        [Some("Statistics Canada".to_string()), Some("Statistics Canada".to_string())]
    );
}

#[test]
fn after_an_opening_clause_the_subject_before_the_colon_speaks() {
    assert_eq!(
        speakers(
            "When Trump suggested that Cuba would sue, Rubio fired back forcefully: \"If they sue us in a court in Miami, they're going to lose.\""
        ),
        [Some("Rubio".to_string())]
    );
}

#[test]
fn a_delegates_title_is_no_sentence_end() {
    assert_eq!(
        speakers(
            "\"This is a big year!\" Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd."
        ),
        [Some("Marcia Price".to_string())]
    );
    assert_speaker(
        "\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands.",
        "Stacey Plaskett",
    );
}

#[test]
fn a_share_of_a_group_is_who_spoke() {
    assert_speaker(
        "In the survey, fifty percent of Europeans said the size was important.",
        "fifty percent of Europeans",
    );
    assert_speaker(
        "Only 18% of all searchers said they trusted the results.",
        "Only 18% of all searchers",
    );
    // (Not a share of what someone owns.)
    assert_speaker(
        "Less than half of the Standard Oil Co shareholders said they would sell.",
        "Standard Oil Co shareholders",
    );
}

#[test]
fn what_is_added_as_an_amount_is_no_statement() {
    assert_statements(
        "Fly-half Stephen Jones added four conversions as Wales won. The British pound added 0.5% to break through the $1.90 level.",
        &[],
    );
    // (Nor value added, a tax's noun, nor "unless stated" in a table's head.)
    assert_statements("A 10 pct value added tax will be levied on all purchases.", &[]);
    assert_statements("Dlrs tonne cif Rotterdam unless stated: soymeal afloat 184, May 181.", &[]);
    // (Nor goals conceded.)
    assert_statements("The Londoners conceded six goals in their two League outings.", &[]);
    // (Words added still are.)
    assert_statements(
        "Jane Doe added that the plan would cost 10 mln dlrs.",
        &[("the plan would cost 10 mln dlrs", Some("Jane Doe"))],
    );
}

#[test]
fn a_companys_suffix_before_a_sentence_opener_ends_the_sentence() {
    assert_statements(
        "Diebold Inc said it signed an agreement with Wang Laboratories Inc. Terms of the agreement were not disclosed.",
        &[("it signed an agreement with Wang Laboratories Inc", Some("Diebold Inc"))],
    );
    // (Not before a name that goes on: "Acme Corp. President …".)
    assert_speaker(
        "The offer was made by Acme Corp. President John Smith said it was fair.",
        "John Smith",
    );
}

#[test]
fn a_clause_ends_before_but_and_sources_who_say_something_else() {
    assert_eq!(
        reported(
            "A senior official declined to give details but securities sources said they expect the tax to be repaid."
        ),
        [
            ("to give details".to_string(), "A senior official".to_string()),
            ("they expect the tax to be repaid".to_string(), "sources".to_string())
        ]
    );
}

#[test]
fn what_a_measured_quantity_shows_is_no_statement() {
    assert_statements(
        "Italy's overall balance of payments showed a deficit of 3,211 billion lire in May. The retail price index showed a rise of 3.4 pct.",
        &[],
    );
    // (Figures about one still show what someone found.)
    assert_speaker(
        "Detailed data on reserves showed U.S. reserves of crude oil fell to 837 mln barrels.",
        "Detailed data on reserves",
    );
}

#[test]
fn it_after_a_body_that_gave_its_letters_is_the_body() {
    assert_eq!(
        speakers(
            "Growth will slow, the Reserve Bank of India (RBI) said in a statement.\n\nThe package will increase cash reserve ratios, it said."
        ),
        [Some("Reserve Bank of India".to_string()), Some("Reserve Bank of India".to_string())]
    );
}

#[test]
fn the_company_is_the_business_the_text_introduced_by_what_it_is() {
    assert_speaker(
        "Shares in Cairn Energy, a UK oil firm, have closed down 18%.\n\nThe company said tests had shown no significant finds.",
        "Cairn Energy",
    );
    assert_speaker(
        "Revenues at media group Reuters slipped 11% during 2004, the group said.",
        "Reuters",
    );
    assert_speaker(
        "German airline Lufthansa has returned to profit.\n\nIn a preliminary report, the airline said net profits were 400m euros.",
        "Lufthansa",
    );
    // (A description with a name set off after it is that name's.)
    assert_speaker(
        "Separately, the world's largest package delivery company, UPS, said it had placed an order for 10 jets.",
        "UPS",
    );
    // (Not a business named on the way, nor a group of investors.)
    assert_speaker(
        "Diebold sold a stake in Indian newspaper company Jagran.\n\nThe company said revenue grew.",
        "company",
    );
    assert_speaker(
        "An investor group led by Acme Holdings Inc, a New York investment firm, cut its stake.\n\nIn a filing with the Securities and Exchange Commission, the group said it sold 19,500 shares.",
        "group",
    );
    // (Nor one another business spoke after.)
    assert_eq!(
        speakers(
            "Oil giant Shell dismantled its dual structure last year.\n\nUnilever said European sales fell 2.8%.\n\nThe company said it was optimistic."
        ),
        [Some("Unilever".to_string()), Some("Unilever".to_string())]
    );
}

#[test]
fn a_negated_cue_marks_what_was_not_said() {
    let negated = |body: &str| -> Vec<(String, bool)> {
        let a = article("News", body);
        extract_statements(&a, 0).iter().map(|s| (s.text(&a), s.negated)).collect()
    };
    assert_eq!(
        negated("Rosario Dawson doesn't think Clinton can address the issues."),
        [("Clinton can address the issues".to_string(), true)]
    );
    assert_eq!(
        negated("Herrington did not specifically confirm a report that he had written to Reagan."),
        [("a report that he had written to Reagan".to_string(), true)]
    );
    // (Not a negation of something else before the cue.)
    assert_eq!(
        negated("The official, who was not named, said the ban was in danger."),
        [("the ban was in danger".to_string(), false)]
    );
}

#[test]
fn a_wires_dateline_and_sign_off_are_not_the_words() {
    assert_statements(
        "TOKYO - The Bank of Japan will sell 800 billion yen of bills, money traders said. (NRBN 0826)",
        &[("The Bank of Japan will sell 800 billion yen of bills", Some("money traders"))],
    );
    assert_statements(
        "Pharmacia said the deficit was caused by the shares it bought. REUTER",
        &[("the deficit was caused by the shares it bought", Some("Pharmacia"))],
    );
}

#[test]
fn a_double_mark_before_s_is_a_possessive() {
    assert_statements(
        "The report said that Indonesia\"s overall economic performance in 1986 was about zero.",
        &[("Indonesia\"s overall economic performance in 1986 was about zero", Some("report"))],
    );
}

#[test]
fn a_clause_goes_on_past_an_aside_inside_it() {
    // (A longer parenthesis the clause goes on after.)
    assert_statements(
        "Novartis has announced 5.65bn euros ($7.4bn; £3.9bn) of purchases to make its Sandoz unit bigger.",
        &[(
            "5.65bn euros ($7.4bn; £3.9bn) of purchases to make its Sandoz unit bigger",
            Some("Novartis"),
        )],
    );
    // (Not the writer's aside at the clause's end.)
    assert_statements(
        "Trump said Obama wants to take in as many as 250,000 Syrian refugees (in fact, Obama has proposed accepting 10,000).",
        &[
            ("Obama wants to take in as many as 250,000 Syrian refugees", Some("Trump")),
            ("accepting 10,000", Some("Obama")),
        ],
    );
    // (A relative clause set off inside the clause, which goes on after it.)
    assert_statements(
        "Altex said it expects to close the transaction, which is subject to financing, in July.",
        &[(
            "it expects to close the transaction, which is subject to financing, in July",
            Some("Altex"),
        )],
    );
}

#[test]
fn what_someone_was_judged_for_is_not_their_statement() {
    // (No one named said it: no statement.)
    assert_statements(
        "Im, who has made more than 100 films, was hailed for his \"remarkable visual beauty\" at the festival.",
        &[],
    );
    // (With an agent, the agent said it.)
    assert_speaker(
        "Rock star Ozzy Osbourne has been praised by police for \"very courageously\" tackling a burglar.",
        "police",
    );
}

#[test]
fn a_headlines_word_before_a_surname_is_no_given_name() {
    let a = article(
        "Understated Perez raises political profile",
        "Labor Secretary Tom Perez lobbies for a higher minimum wage.\n\nPerez said no one who works a full-time job should live in poverty.",
    );
    let speakers: Vec<Option<String>> =
        extract_statements(&a, 0).iter().map(|s| s.speaker.clone()).collect();
    assert!(speakers.iter().all(|s| s.as_deref() == Some("Tom Perez")), "{speakers:?}");
    // (Not a name the text gives whole: "Chelsea Clinton", then "Bill
    // Clinton".)
    let a = article(
        "Chelsea Clinton expecting second child",
        "Chelsea Clinton announced she is expecting. Bill Clinton said he was delighted.\n\nClinton said she felt blessed.",
    );
    let speakers: Vec<Option<String>> =
        extract_statements(&a, 0).iter().map(|s| s.speaker.clone()).collect();
    assert_eq!(speakers.first().cloned().flatten().as_deref(), Some("Chelsea Clinton"));
}

#[test]
fn where_a_speaker_is_from_is_no_part_of_its_name() {
    assert_speaker("Calgary-based Dome Petroleum said it would sell assets.", "Dome Petroleum");
    assert_speaker("State-owned Air Canada said fares would rise.", "Air Canada");
    // (A description stays whole.)
    assert_speaker("A Houston-based company said it would sell assets.", "a Houston-based company");
}

#[test]
fn a_group_led_by_someone_speaks_as_the_group() {
    assert_speaker(
        "An investor group led by New York investor George Soros said it acquired a 6.1 pct stake in B.F. Goodrich Co.",
        "an investor group led by New York investor George Soros",
    );
    assert_speaker(
        "An investigation commissioned by Shell found that Ms Boynton had to share responsibility.",
        "an investigation commissioned by Shell",
    );
    // (Not a leader named after a verb inside the sentence.)
    assert_speaker("The bid was backed by George Soros, who said it was fair.", "George Soros");
}

#[test]
fn the_statement_is_theirs_who_spoke_in_one_the_sentence_opened() {
    assert_eq!(
        speakers(
            "In a separate statement issued through Tanjug, Ina said it has completed the first drill.\n\nWork on a second drill would start soon, the statement said."
        ),
        [Some("Ina".to_string()), Some("Ina".to_string())]
    );
}

#[test]
fn who_issued_a_statement_says_what_it_says() {
    assert_speaker(
        "Minutes later, the Trump campaign issued a statement saying that Trump meant people who support the Second Amendment.",
        "Trump campaign",
    );
    assert_speaker(
        "American Bridge President Jessica Mackler put out a statement saying his comment had no place in American democracy.",
        "Jessica Mackler",
    );
}

#[test]
fn who_issued_a_text_says_what_it_says_past_when() {
    // The text's author, past a day after the text or a particle before it.
    assert_speaker(
        "The Cruz campaign sent a fundraising email Wednesday saying that the results show a two-man race.",
        "Cruz campaign",
    );
    assert_speaker(
        "On Saturday, his campaign sent out a fundraising email stressing the impact his bid has had.",
        "his campaign",
    );
}

#[test]
fn a_participle_after_a_thing_the_subject_owns_is_the_subjects() {
    assert_speaker(
        "Sanders started out their ninth debate saying \"of course\" Clinton has the qualifications.",
        "Sanders",
    );
    // (Not a noun a cue's form makes.)
    assert_statements(
        "In January, Mitsubishi Motors issued its third profits warning in nine months.",
        &[],
    );
}

#[test]
fn prof_and_agent_are_titles() {
    assert_eq!(
        speakers(
            "Prof Raj Reddy said the project would help millions.\n\nProf Reddy said it would start next year."
        ),
        [named("Raj Reddy"), named("Raj Reddy")]
    );
    assert_speaker(
        "\"No wedding plans have been set yet,\" said Aguilera's agent Meghan Prophet.",
        "Meghan Prophet",
    );
}

#[test]
fn a_quotation_the_writers_sentence_goes_on_from_is_partial() {
    let a = article(
        "News",
        "\"Boots on the ground\" would be appropriate, Republican candidate Ben Carson said after the attacks.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!((s[0].kind, s[0].speaker.as_deref()), (Kind::Partial, Some("Ben Carson")));
    assert_eq!(
        s[0].clause.clone().map(|r| &a.text[r]),
        Some("\"Boots on the ground\" would be appropriate")
    );
    // (Not a role before the name, nor a credit in the next sentence.)
    for body in [
        "\"We will come back and hunt,\" hunt master, Captain Ian Farquhar, said.",
        "\"It was fair,\" the White House press secretary, Josh Earnest, said.",
        "\"We will lose.\" The union will sit out the election, Phil Smith told POLITICO.",
    ] {
        let a = article("News", body);
        let s = extract_statements(&a, 0);
        assert_eq!(s[0].kind, Kind::Direct, "{body}");
    }
}

#[test]
fn reported_words_after_a_quotation_keep_the_sentence_before_it() {
    assert_eq!(
        clause_of_partial(
            "Democrats had \"put the biggest crack\" yet in the glass ceiling for women, Jane Doe said in a video message to the convention."
        )
        .as_deref(),
        Some("Democrats had \"put the biggest crack\" yet in the glass ceiling for women")
    );
    // (A quotation earlier in the clause that no credit took is part of it.)
    let a = article(
        "News",
        "\"Sustainable communities\" were being promoted without a real understanding of what \"sustainable\" means, the committee said.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].spans.len(), 2);
    // (A name in quote marks is the writer's: the sentence is reported
    // from its start.)
    assert_one(
        "A new computer code-named \"Fort Knox\" was supposed to tie the systems together, Jane Doe said.",
        "A new computer code-named \"Fort Knox\" was supposed to tie the systems together",
        "Jane Doe",
    );
}

#[test]
fn but_and_a_verb_with_no_subject_goes_on_with_the_reported_clause() {
    assert_reported(&[
        (
            "Rubio said he does support an exception if the life of the mother is in danger, but not for cases of rape or incest.",
            "he does support an exception if the life of the mother is in danger, but not for cases of rape or incest",
        ),
        (
            "Conway said she recruited Bossie for his role, but hasn’t decided what she’ll be doing next.",
            "she recruited Bossie for his role, but hasn’t decided what she’ll be doing next",
        ),
        // (Not what the speaker would not tell, nor another statement.)
        (
            "GM said it would close the plant in a capacity reduction, but did not specify a date.",
            "it would close the plant in a capacity reduction",
        ),
    ]);
}

#[test]
fn a_marked_name_before_where_it_is_from_speaks() {
    assert_speaker(
        "<Qintex Ltd> of Brisbane said it had acquired a 10 pct stake in the company.",
        "Qintex Ltd",
    );
}

#[test]
fn he_after_a_sentence_opened_by_a_name_and_its_apposition_is_the_name() {
    assert_eq!(
        speakers(
            "Volcker is a risk, said David Jones, economist at Aubrey G. Lanston.\n\nNorman Robertson, Mellon Bank chief economist, called the instability frightening. He believes the fundamentals do not justify it."
        ),
        [named("David Jones"), named("Norman Robertson")]
    );
}

#[test]
fn an_owners_word_before_a_name_tells_no_gender() {
    assert_eq!(
        speakers(
            "Ashia Hansen has been sidelined since June. Her coach Aston Moore said the plan was late. \"There was a problem with the wound,\" he said."
        ),
        [named("Aston Moore"), named("Aston Moore")]
    );
}

#[test]
fn it_opening_the_next_sentence_is_the_thing_that_spoke_just_before() {
    assert_eq!(
        speakers(
            "The suit said the papers failed to disclose the interests. It also said Boesky failed to meet a pledge."
        ),
        [named("suit"), named("suit")]
    );
}

#[test]
fn a_clause_around_a_title_in_quote_marks_is_reported_speech() {
    assert_one(
        "According to Variety, Trump brought \"SNL\" its highest ratings since Jan. 7, 2012.",
        "Trump brought \"SNL\" its highest ratings since Jan. 7, 2012",
        "Variety",
    );
}

#[test]
fn no_he_or_she_stands_for_a_law_a_pact_or_a_court() {
    let a = article(
        "Vickery upbeat about arm injury",
        "England prop Phil Vickery is staying positive despite a broken arm ruling him out of the RBS Six Nations.\n\nThe 28-year-old fractured the radius in his right forearm on Saturday. He will undergo an operation on Monday. He said: \"This isn't an injury that will stop me from working hard.\"",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.last().and_then(|s| s.speaker.as_deref()), Some("Phil Vickery"), "{s:#?}");
}

#[test]
fn a_participle_after_an_inverted_credit_and_its_apposition_is_the_credits() {
    let speakers = speakers(
        "Blocking Canadian gas imports would not serve the United States, said Martha Hesse, chairman of the Federal Energy Regulatory Commission, adding that an open market should be encouraged.",
    );
    assert_eq!(speakers.last().cloned().flatten().as_deref(), Some("Martha Hesse"));
}

#[test]
fn a_contrast_or_a_comparison_goes_on_with_the_reported_clause() {
    assert_reported(&[
        (
            "Ford Canada said full-year earnings declined to 104 mln dlrs, while fourth quarter profit increased to 49.1 mln dlrs.",
            "full-year earnings declined to 104 mln dlrs, while fourth quarter profit increased to 49.1 mln dlrs",
        ),
        (
            "The paper said Ford plans to build 485,000 cars in the period, compared with 497,000 a year ago.",
            "Ford plans to build 485,000 cars in the period, compared with 497,000 a year ago",
        ),
    ]);
    // (Not when the rest of the sentence reports something of its own.)
    assert_statements(
        "Smith said the plan would fail, while Jones said it would work.",
        &[("the plan would fail", Some("Smith")), ("it would work", Some("Jones"))],
    );
}

#[test]
fn but_and_what_the_speaker_would_not_tell_ends_the_reported_clause() {
    assert_reported(&[
        (
            "Caesars World Inc said it will explore a variety of alternative transactions but did not elaborate.",
            "it will explore a variety of alternative transactions",
        ),
        (
            "Balladur said the budget deficit must be reduced to below 70 billion francs but he gave no time-scale.",
            "the budget deficit must be reduced to below 70 billion francs",
        ),
        // (Not a contrast the speaker drew.)
        (
            "Maloy said he understands her position of supporting but not endorsing Trump.",
            "he understands her position of supporting but not endorsing Trump",
        ),
    ]);
}

#[test]
fn reported_words_keep_the_sign_that_closes_their_last_word() {
    assert_one(
        "Marks & Spencer has cut prices by an average of 24%, according to research from a City bank.",
        "Marks & Spencer has cut prices by an average of 24%",
        "research from a City bank",
    );
    assert_eq!(
        clause_of_partial(
            "Theresa May told the Today programme that the plans were \"inadequate\" and were \"papering over the cracks of the system\"."
        )
        .as_deref(),
        Some("the plans were \"inadequate\" and were \"papering over the cracks of the system\"")
    );
}

#[test]
fn a_thing_rejected_or_defended_ends_before_the_participle_that_says_why() {
    assert_statements(
        "The company rejected the offer, saying it wanted to remain independent.",
        &[("the offer", Some("company")), ("it wanted to remain independent", Some("company"))],
    );
}

#[test]
fn a_credit_again_at_the_end_of_reported_words_is_no_part_of_them() {
    assert_reported(&[(
        "In Tokyo, a Canon spokesman said that under the agreement Canon would sell technology to Goldstar in 1987, he said.",
        "under the agreement Canon would sell technology to Goldstar in 1987",
    )]);
}

#[test]
fn a_reported_subject_goes_on_past_a_long_relative_clause_to_its_verb() {
    assert_reported(&[(
        "Bank Negara said growth in external debt, which declined progressively from a peak of 58 pct in 1982 to 13.6 pct in 1985, rose by 20.2 pct in 1986.",
        "growth in external debt, which declined progressively from a peak of 58 pct in 1982 to 13.6 pct in 1985, rose by 20.2 pct in 1986",
    )]);
}

#[test]
fn a_prize_claimed_or_added_is_no_statement() {
    assert_statements("Serena Williams claimed her seventh Grand Slam title on Saturday.", &[]);
    assert_statements(
        "Jason Gardener added the Olympic relay crown to his World Indoor title.",
        &[],
    );
    // (A clause claimed stays.)
    assert_one(
        "Some 18,000 clients claimed they could get back neither gold nor money.",
        "they could get back neither gold nor money",
        "some 18,000 clients",
    );
}

#[test]
fn they_opening_the_next_sentence_is_the_group_that_spoke_just_before() {
    assert_eq!(
        speakers(
            "The seamen said they were spurred to their decision after marines occupied the ship. They said seamen on the vessel were being forced to work."
        ),
        [named("seamen"), named("seamen")]
    );
}

#[test]
fn a_persons_role_or_age_is_the_one_person_named_since_or_the_latest_speaker() {
    assert_eq!(
        speakers(
            "Le Bon said earlier this year that the group were not trying to update their sound. \"We wouldn't want to lose them,\" the singer said."
        ),
        [named("Le Bon"), named("Le Bon")]
    );
    assert_eq!(
        speakers(
            "Veteran US television host Dick Clark is in hospital in Los Angeles. The presenter said that he is \"hopeful\" of getting better."
        ),
        [named("Dick Clark")]
    );
}

#[test]
fn a_clause_cut_off_by_the_texts_end_after_a_break_word_is_read_safely() {
    read_safely(&[
        "Smith said the plan was good, but",
        "Smith said the plan was good but he",
        "Smith said the plan was good but did not",
        "Smith said the earnings, which fell sharply,",
        "Smith said the earnings, which fell sharply, were",
    ]);
}

#[test]
fn a_credit_in_the_next_sentence_that_told_someone_a_clause_is_its_own() {
    assert_statements(
        "The council spokesman added: \"Initially we had complaints. We then made further investigations.\" A spokeswoman for the commission told BBC News Online that letters were being sent out.",
        &[
            (
                "Initially we had complaints. We then made further investigations.",
                Some("council spokesman"),
            ),
            ("letters were being sent out", Some("a spokeswoman for the commission")),
        ],
    );
}

#[test]
fn the_group_is_a_group_that_spoke_just_before_by_a_longer_name() {
    assert_eq!(
        speakers(
            "An investor group led by New York investor George Soros said it was dissatisfied with the management. The group said it filed on Wednesday."
        ),
        vec![named("an investor group led by New York investor George Soros"); 2]
    );
}

#[test]
fn the_paper_is_the_one_a_mention_just_before_named_after_that_noun() {
    assert_eq!(
        speakers(
            "Ford cut its output by 52,000 cars, the trade paper Ward's Automotive Reports said. The paper said Ford plans to build more trucks."
        ),
        [named("Ward's Automotive Reports"), named("Ward's Automotive Reports")]
    );
    // (Not a person: "the mayor" may be another than the deputy mayor.)
    assert_eq!(
        speakers(
            "Deputy Mayor Jane Doe said she believed an apology would come on Tuesday. The mayor said he had nothing to add."
        )[1],
        named("mayor")
    );
}

#[test]
fn the_department_or_the_sources_are_those_that_spoke_just_before_by_a_longer_name() {
    assert_eq!(
        speakers(
            "Productivity fell 1.7 pct, the Labor department said. Previously, the department said it fell 1.2 pct."
        ),
        [named("Labor department"), named("Labor department")]
    );
    assert_eq!(
        speakers(
            "The tariffs are being weighed, trade sources said. The sources said the tariffs could be slapped on soon."
        ),
        [named("trade sources"), named("trade sources")]
    );
    // (Not a quantity alone, nor a noun that qualifies another, nor a firm
    // described: the rules for "the company" look for its own name.)
    assert_eq!(
        speakers("Prices will rise, some analysts said. The analysts said demand was weak."),
        [named("some analysts"), named("analysts")]
    );
    assert_eq!(
        speakers(
            "Sales rose 5 pct in March, a bank spokesman said. The bank said demand was strong."
        ),
        [named("a bank spokesman"), named("bank")]
    );
}

#[test]
fn a_new_sentences_credit_and_comma_before_a_quotation_introduces_it() {
    assert_statements(
        "\"Why now? That was on my way to Libya?\" Mills replied, \"You look cute.\"",
        &[("Why now? That was on my way to Libya?", None), ("You look cute.", Some("Mills"))],
    );
}

#[test]
fn a_passive_after_a_quotation_that_ended_its_sentence_credits_nothing() {
    assert_statements(
        "\"We will win tomorrow,\" said Castaignede. \"Had England's kickers not been so bad, it would be different.\" Laporte has been criticised for his team selection.",
        &[(
            "We will win tomorrow, Had England's kickers not been so bad, it would be different.",
            Some("Castaignede"),
        )],
    );
}

#[test]
fn a_verb_whose_object_its_relative_clause_left_out_credits_no_quotation_after_it() {
    assert_statements(
        "Jarvis said the sale, which raked in more than the £100m analysts had expected, would \"substantially\" enhance its financial position.",
        &[("substantially", Some("Jarvis"))],
    );
    // (A credit set off in commas still credits it.)
    assert_statements(
        "Vice President Joe Biden, Rubio said, had been in the Senate for \"a thousand years\" and passed bills.",
        &[("a thousand years", Some("Rubio"))],
    );
}

#[test]
fn a_relative_clause_set_off_inside_the_subject_goes_on_to_its_verb() {
    assert_one(
        "Officials said the 17-member Commission, which effectively runs the Community on a day-to-day basis, appeared divided over the proposals.",
        "the 17-member Commission, which effectively runs the Community on a day-to-day basis, appeared divided over the proposals",
        "officials",
    );
    assert_one(
        "Reser's Fine Foods Inc said certain directors and officers, who currently represent about 85 pct of the company's stock, plan to take Reser's private.",
        "certain directors and officers, who currently represent about 85 pct of the company's stock, plan to take Reser's private",
        "Reser's Fine Foods Inc",
    );
    assert_one(
        "Monetary sources said Alfonsin and Camdessus, who had not met before, mostly discussed Argentina's situation.",
        "Alfonsin and Camdessus, who had not met before, mostly discussed Argentina's situation",
        "Monetary sources",
    );
    // (Not a list's next item after the relative clause.)
    assert_one(
        "The company said it bought the unit, which makes valves, pumps and filters.",
        "it bought the unit",
        "company",
    );
}

#[test]
fn the_full_stop_of_the_bank_alex_brown_ends_no_sentence() {
    assert_one(
        "Pantry Inc said it has engaged Alex. Brown and Sons Inc to explore a possible sale of the company.",
        "it has engaged Alex. Brown and Sons Inc to explore a possible sale of the company",
        "Pantry Inc",
    );
}

#[test]
fn an_adverb_between_commas_and_a_verb_is_no_speaker_set_off() {
    assert_statements(
        "Yiannis Papadoyiannakis, who was head of the Greek Olympic team at the Athens Games last year, also testified at the tribunal, along with other Greek sports officials and athletes.",
        &[],
    );
    // (A pronoun is one: "Later, it said, they will trade on NASDAQ.")
    assert_statements(
        "Acme Corp said sales rose. Later, it said, the shares will trade on the NASDAQ system.",
        &[
            ("sales rose", Some("Acme Corp")),
            ("Later the shares will trade on the NASDAQ system", Some("Acme Corp")),
        ],
    );
}

#[test]
fn a_work_written_is_no_statement() {
    assert_statements("Steve Brown wrote the award-winning musical Spend Spend Spend.", &[]);
    assert_statements(
        "Douglas Adams wrote the screenplay based on his book before his premature death.",
        &[],
    );
    // (What a book says is: "writes in his book … that …".)
    assert_one(
        "David Eisenhower writes in his book Going Home to Glory that the party pleaded with his grandfather.",
        "the party pleaded with his grandfather",
        "David Eisenhower",
    );
}

#[test]
fn a_full_stop_after_jr_before_a_word_that_opens_a_sentence_ends_it() {
    assert_one(
        "The tour was led by country star Hank Williams Jr. He said it would go on.",
        "it would go on",
        "Hank Williams Jr",
    );
}

#[test]
fn a_question_put_to_someone_does_not_continue_their_quotation() {
    assert_statements(
        "\"I have no idea,\" Blumenthal said.\n\nBlumenthal was asked, \"If you had known she had a personal server, would you have told her?\"",
        &[
            ("I have no idea,", Some("Blumenthal")),
            ("If you had known she had a personal server, would you have told her?", None),
        ],
    );
}

#[test]
fn the_paper_usa_today_keeps_its_name() {
    assert_speaker("USA Today said it carried 957 paid advertising pages.", "USA Today");
    assert_speaker("USA TODAY reported that the movement funded trips.", "USA TODAY");
    // (A day after a speaker's name is still when: "officials here today".)
    assert_speaker("Reagan today said the talks would go on.", "Reagan");
}

#[test]
fn a_players_position_before_the_name_is_a_title() {
    assert_statements(
        "Ireland coach Eddie O'Sullivan heaped praise on Italy.\n\n\"We had a good return,\" said O'Sullivan. Scrum-half Peter Stringer was also glad that Ireland won. \"All credit to them,\" he told BBC Sport.",
        &[
            ("We had a good return,", Some("Eddie O'Sullivan")),
            ("All credit to them,", Some("Peter Stringer")),
        ],
    );
}

#[test]
fn more_titles_before_a_name_are_no_part_of_it() {
    assert_speaker(
        "Economy Undersecretary Yannos Papantoniou said the economy was responding well.",
        "Yannos Papantoniou",
    );
    assert_speaker("Sens. Alan Cranston said the reforms were needed.", "Alan Cranston");
    assert_speaker("Rep William Gray said the budget would pass.", "William Gray");
    assert_speaker("FNSEA Secretary-General Luc Guyau said the union would resist.", "Luc Guyau");
    assert_speaker("Senate Majority Whip John Cornyn said it was shameful.", "John Cornyn");
}

#[test]
fn when_it_was_said_after_a_name_is_no_part_of_the_speaker() {
    assert_speaker(
        "Chancellor Helmut Kohl yesterday said a rise in borrowing was acceptable.",
        "Helmut Kohl",
    );
    assert_speaker("President Reagan for the first time said he would veto the bill.", "Reagan");
    assert_speaker(
        "Salomon Chairman John Gutfreund today in a statement said the firm would cut jobs.",
        "John Gutfreund",
    );
    // (Not a determiner before it: "The earlier announcement also said".)
    assert_speaker(
        "The earlier announcement also said the firms were studying options.",
        "earlier announcement",
    );
}

#[test]
fn pointing_out_reports_what_follows() {
    assert_one(
        "The Commerce Department pointed out that a record decline in new orders was led by office equipment.",
        "a record decline in new orders was led by office equipment",
        "Commerce Department",
    );
    assert_statements(
        "The report said growth was strong. It pointed out, however, that corporate life in Brazil was complicated.",
        &[
            ("growth was strong", Some("report")),
            ("corporate life in Brazil was complicated", Some("report")),
        ],
    );
    // (Not where it was pointed out: "as Liz Kreutz points out in a column".)
    assert_statements(
        "But as Liz Kreutz points out in a column on Yahoo News, doing interviews gives Clinton an advantage.",
        &[],
    );
    // (Nor the particle for a speaker: `"…," points out Steve Cram.`)
    assert_speaker(
        "\"It is a lot easier being the champion,\" points out Steve Cram.",
        "Steve Cram",
    );
}

#[test]
fn a_season_or_a_night_before_the_verb_is_when_not_who() {
    assert_speaker(
        "A Mori poll this summer suggested policing was the one service where people were less satisfied.",
        "a Mori poll",
    );
    assert_speaker(
        "The Christian Democrat leadership late last night said it registered the dissolution of the government.",
        "Christian Democrat leadership",
    );
}

#[test]
fn a_second_verb_of_the_subject_past_an_adverb_is_theirs() {
    assert_statements(
        "Mr Bell focused on boosting demand. He had promised not to let the company get fat, and once told analysts that he would shove a fire hose down the throat of competitors.",
        &[("he would shove a fire hose down the throat of competitors", Some("Bell"))],
    );
}

#[test]
fn a_day_after_and_and_its_link_is_no_speaker() {
    assert_speaker(
        "But Kenteris has continually protested his innocence and on Sunday blamed Greek Olympic Committee officials for failing to inform him.",
        "Kenteris",
    );
}

#[test]
fn a_weekday_or_month_ending_the_speakers_phrase_is_when() {
    assert_speaker(
        "U.S. trade representative Clayton Yeutter Monday warned that a trade war loomed.",
        "Clayton Yeutter",
    );
    assert_speaker(
        "Industry figures published in February showed that sales had risen.",
        "Industry figures",
    );
    // (Not a surname after a possessive: "said Barclays de Zoete's May".)
    assert_speaker(
        "\"They are going to buy smaller pieces,\" said Barclays de Zoete's May.",
        "Barclays de Zoete's May",
    );
}

#[test]
fn a_persons_roles_after_a_quotation_need_no_comma_before_them() {
    assert_speaker(
        "\"In the next generation HD support is mandatory,\" Dr Mark Tuffy games systems director at digital content firm THX told the BBC News website.",
        "Mark Tuffy",
    );
}

#[test]
fn today_right_before_the_verb_of_a_quotation_is_when() {
    assert_speaker(
        "The Greek statement today said, \"Greece is not prepared to give up its rights.\"",
        "Greek statement",
    );
}

#[test]
fn it_closing_a_sentence_a_few_sentences_after_a_report_is_the_report() {
    assert_eq!(
        speakers(
            "Reserves in all areas are now rated good, the report said. Plantings were virtually complete across the province. Farmers said some fields were patchy. Cereal crops in the southwest were 90 pct germinated, it said."
        ),
        [named("report"), named("farmers"), named("report")]
    );
}

#[test]
fn an_it_that_stood_for_a_description_passes_it_on() {
    assert_eq!(
        speakers(
            "The panel recommended equity involvement of foreign airlines in Air Lanka. It also suggested selling assets to reduce debt. It said Air Lanka and the government should renegotiate the leases."
        ),
        [named("panel"), named("panel"), named("panel")]
    );
}

#[test]
fn an_adverb_between_the_verb_and_that_is_no_part_of_the_clause() {
    assert_one(
        "Baker said recently that he expects a reduction in Japan's trade surplus.",
        "he expects a reduction in Japan's trade surplus",
        "Baker",
    );
    assert_one(
        "Officials said repeatedly that the chipmakers continue to sell below cost.",
        "the chipmakers continue to sell below cost",
        "officials",
    );
}

#[test]
fn whom_someone_told_may_be_any_phrase_before_that() {
    assert_one(
        "Stoltenberg also told parliament that closing tax loopholes would help.",
        "closing tax loopholes would help",
        "Stoltenberg",
    );
    assert_one(
        "Sprinkel told a symposium sponsored by New York University that spending could be cut.",
        "spending could be cut",
        "Sprinkel",
    );
    assert_one(
        "Siamwalla told a weekend trade seminar here that any EC move would hurt the industry.",
        "any EC move would hurt the industry",
        "Siamwalla",
    );
}

#[test]
fn a_short_aside_after_whom_someone_told_is_no_part_of_the_clause() {
    assert_one(
        "Cornelissen told shareholders, however, that Royal Trust would continue to compete.",
        "Royal Trust would continue to compete",
        "Cornelissen",
    );
}

#[test]
fn a_role_set_off_before_the_name_of_a_closing_credit_is_no_part_of_the_words() {
    assert_one(
        "Protectionism is the biggest danger, the president of the Federal Association of German Banks, Wolfgang Roeller, said.",
        "Protectionism is the biggest danger",
        "Wolfgang Roeller",
    );
    // (Not what the thing reported is: "the first monthly rise".)
    assert_one(
        "UK house prices increased by 1.1% in December, the first monthly rise since September, Halifax said.",
        "UK house prices increased by 1.1% in December, the first monthly rise since September",
        "Halifax",
    );
}

#[test]
fn a_long_credit_closing_the_sentence_ends_the_clause_of_a_verb_before_it() {
    assert_eq!(
        words(
            "Mulroney has agreed to meet Tambo in Ottawa in late April, a senior official for the outlawed South African organization said."
        ),
        [
            "Mulroney has agreed to meet Tambo in Ottawa in late April",
            "to meet Tambo in Ottawa in late April",
        ]
    );
}

#[test]
fn a_closing_credit_may_give_its_letters_in_parentheses() {
    assert_eq!(
        words(
            "Retailers hope to repeat the sharp increase in turnover, the General Association of the German Retail Trade (HDE) said."
        ),
        [
            "Retailers hope to repeat the sharp increase in turnover",
            "to repeat the sharp increase in turnover"
        ]
    );
}

#[test]
fn a_country_alone_is_no_agency_or_city_named_after_it() {
    assert_eq!(
        speakers(
            "Sudan has rejected a demand by the IMF for a devaluation, the official Sudan News Agency (SUNA) reported. Sudan said the move would hurt exports."
        ),
        [named("official Sudan News Agency"), named("Sudan"), named("Sudan")]
    );
    // (A company's short name may be one: "Cyprus Minerals Co".)
    assert_eq!(
        speakers("Cyprus Minerals Co said it lost money. Cyprus said it expects a profit."),
        [named("Cyprus Minerals Co"), named("Cyprus Minerals Co")]
    );
}

#[test]
fn adding_an_amount_is_no_statement() {
    assert!(
        words("Exchequer transactions will add some 140 mln stg to the system today.").is_empty()
    );
    assert!(
        words("The merger added another 3.2 mln barrels to the company's reserve base.").is_empty()
    );
    assert!(words("The economy added around 292,000 jobs in December.").is_empty());
    // (Words that tell an amount are a statement.)
    assert_one(
        "Eurostat added a 1.6 pct fall in prices for animal products was more than offset by a rise for crops.",
        "a 1.6 pct fall in prices for animal products was more than offset by a rise for crops",
        "Eurostat",
    );
}

#[test]
fn a_time_opening_the_sentence_is_no_speaker_before_an_apposition() {
    assert_speaker(
        "Late last year, marketing company Doubleclick, one of the leading providers of online advertising, warned that some of its business would be sold.",
        "Doubleclick",
    );
    assert_speaker(
        "Late last year, the company, one of the leading providers of online advertising, warned that some of its business would be sold.",
        "company",
    );
}

#[test]
fn a_name_after_what_it_is_may_stand_before_an_apposition() {
    assert_speaker(
        "One of the bidders who lost out, steel giant LNM, told BBC News that it would be interested in any renewed sale.",
        "LNM",
    );
    // (Not a participle's object.)
    assert_speaker(
        "Pena Nieto, contradicting Trump, said he had told Trump at the meeting that Mexico would not pay.",
        "Pena Nieto",
    );
}

#[test]
fn numerous_and_various_open_a_speaker_phrase() {
    assert_speaker(
        "But numerous military veterans, including Mr. Jebens, said they had no problem with the comments.",
        "numerous military veterans",
    );
}

#[test]
fn an_aside_between_dashes_after_the_verb_is_no_part_of_the_clause() {
    assert_one(
        "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.",
        "Trump raised about $4 million that day",
        "Paul Manafort",
    );
}

#[test]
fn a_credit_inside_the_sentence_may_name_others_with_its_speaker() {
    assert_one(
        "The contrast with Trump, said Doyle and others, would be clear.",
        "The contrast with Trump would be clear",
        "Doyle and others",
    );
}

#[test]
fn just_before_a_subordinator_opens_the_clause() {
    assert_one(
        "Judge Jane Branstetter Stranch, in her dissent, said just because discrimination was not obvious did not mean it was not there.",
        "just because discrimination was not obvious did not mean it was not there",
        "Jane Branstetter Stranch",
    );
}

#[test]
fn a_participle_after_a_comma_inside_quote_marks_is_the_subjects() {
    assert_statements(
        "Democrats had sued after Ohio eliminated what had been called the “Golden Week,” saying that wiping out that extra week burdened voters.",
        &[("wiping out that extra week burdened voters", Some("Democrats"))],
    );
    // (Not what the quotation names.)
    assert_eq!(
        words(
            "He vowed, “We are going to defeat the barbarians of ISIS,” referring to the Islamic State."
        ),
        ["We are going to defeat the barbarians of ISIS,"]
    );
}

#[test]
fn a_front_runner_is_a_title_before_a_name() {
    assert_speaker(
        "Republican presidential front-runner Donald Trump spoke on Monday, saying he won.",
        "Donald Trump",
    );
}

#[test]
fn a_place_after_in_or_at_is_where_the_speaker_is_not_who() {
    assert_speaker(
        "Earlier, the Brookehill Group in New York said it had bought shares.",
        "Brookehill Group",
    );
    assert_speaker(
        "Some delegates at the convention in Philadelphia said they were unhappy.",
        "some delegates at the convention in Philadelphia",
    );
    assert_speaker(
        "BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had turned out.",
        "Simon Hall",
    );
}

#[test]
fn a_second_verb_in_a_clause_of_when_is_its_subject_s() {
    assert_one(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled.",
        "it was great to be home",
        "Rubio",
    );
    assert_one(
        "These donors were upset after Obama called bankers fat cats and proposed raising taxes on investment income.",
        "raising taxes on investment income",
        "Obama",
    );
}

#[test]
fn an_owner_s_body_by_its_letters_is_no_person() {
    let got = speakers(
        "The Securities and Exchange Commission charged Allied with failing to disclose talks. Kern decided against amending Allied's SEC filing. The SEC said the company had misled shareholders.",
    );
    assert_eq!(
        got.last().cloned().flatten().as_deref(),
        Some("Securities and Exchange Commission")
    );
}

#[test]
fn a_second_verb_of_a_relative_clause_is_whom_it_is_about() {
    assert_statements(
        "Tom knocked on the door of Annette Guessford, who answered her door Sunday afternoon and said she planned to caucus for Clinton.",
        &[("she planned to caucus for Clinton", Some("Annette Guessford"))],
    );
    // Not past the comma that closes the clause.
    assert_statements(
        "The report picked out the case of Joseph Scholes, who hanged himself in March 2002, and urged the home secretary to hold a public inquiry.",
        &[("to hold a public inquiry", Some("report"))],
    );
}

#[test]
fn a_verb_in_progress_after_be_reports() {
    assert_one(
        "Ted Cruz, who won Oklahoma and his home state of Texas, is calling for some of his Republican rivals to drop out.",
        "some of his Republican rivals to drop out",
        "Ted Cruz",
    );
    assert_one(
        "Analysts were predicting prices of up to 5,000 stg per tonne during 1987.",
        "prices of up to 5,000 stg per tonne during 1987",
        "analysts",
    );
    assert_one("Critics have been saying the plan is unfair.", "the plan is unfair", "critics");
    // Not one denied.
    assert_statements("He is not saying the bill will pass.", &[]);
}

#[test]
fn slams_and_blasts_report_what_was_slammed() {
    assert_one(
        "Super PAC blasts Trump for skipping debate.",
        "Trump for skipping debate",
        "Super PAC",
    );
    assert_one(
        "Obama slams the Republicans' doom and despair on the economy.",
        "the Republicans' doom and despair on the economy",
        "Obama",
    );
    assert_one(
        "Ben Carson hints at a major campaign shakeup.",
        "a major campaign shakeup",
        "Ben Carson",
    );
    // In the past too, as "criticized": what was slammed.
    assert_one(
        "Paul Ryan slammed the FBI for its decision not to indict Hillary Clinton.",
        "the FBI for its decision not to indict Hillary Clinton",
        "Paul Ryan",
    );
    // In progress too.
    assert_one(
        "Republicans are slamming Tim Kaine for his work defending death row inmates.",
        "Tim Kaine for his work defending death row inmates",
        "Republicans",
    );
    // Not a thing struck or launched.
    for body in [
        "The rocket blasted off from Sriharikota near Madras.",
        "In the first half Fuller blasted wide when clear.",
        "Rusedski slammed his racket onto the ground in disgust.",
        "Scott blasted the ball home from outside the area.",
    ] {
        assert_statements(body, &[]);
    }
}

#[test]
fn going_on_to_say_and_continuing_to_insist_report() {
    assert_one(
        "Corey Lewandowski continued to insist he had never touched Fields.",
        "he had never touched Fields",
        "Corey Lewandowski",
    );
    assert_one(
        "Trump went on to say that Mr. Khan had been unfair to him.",
        "Mr. Khan had been unfair to him",
        "Trump",
    );
    // Not another infinitive: what someone wants to say is not said.
    assert_statements("Smith wants to say that he is sorry.", &[]);
    // "Was quick to", "(more) likely to", "took to Twitter to" say so too.
    assert_one(
        "Obama was quick to say that he disagreed with the ruling.",
        "he disagreed with the ruling",
        "Obama",
    );
    assert_one(
        "Democratic voters are slightly more likely to say that Clinton represents their positions.",
        "Clinton represents their positions",
        "Democratic voters",
    );
    // (Not the words before: "thanks" is too short to be a clause.)
    assert_statements(
        "As a small gathering of supporters waited for her appearance, Hillary Clinton took to Twitter to say thanks.",
        &[],
    );
}

#[test]
fn letters_with_their_dots_end_a_sentence_before_a_pronoun() {
    assert_statements(
        "Cox says Obama is trying to distract from terrorist attacks in the U.S. He says Americans need no more lectures.",
        &[
            ("Obama is trying to distract from terrorist attacks in the U.S", Some("Cox")),
            ("Americans need no more lectures", Some("Cox")),
        ],
    );
    // Not before a name: "the U.S. Treasury said …".
    assert_speaker("A spokesman for the U.S. Treasury said rates would rise.", "Treasury");
}

#[test]
fn a_plural_without_its_s_is_no_noun_before_a_verb() {
    assert_one("The women claim he assaulted them.", "he assaulted them", "women");
    assert_one("The people fear the plan will fail.", "the plan will fail", "people");
}

#[test]
fn yes_or_no_after_said_is_what_was_said() {
    assert_statements(
        "Asked if he was ever bullied, the candidate said no.",
        &[("no", Some("candidate"))],
    );
    assert_statements(
        "Asked whether Clinton has the integrity to serve, 75 percent of Democrats said yes, but 55 percent of all voters said no.",
        &[("yes", Some("75 percent of Democrats")), ("no", Some("55 percent of all voters"))],
    );
    // Not a word that opens the clause.
    assert_one("Jane Doe said no one would come.", "no one would come", "Jane Doe");
}

#[test]
fn disclosing_reckoning_hinting_and_reaffirming_report() {
    assert_one(
        "Carl Icahn disclosed he is among those being investigated.",
        "he is among those being investigated",
        "Carl Icahn",
    );
    assert_one(
        "Analysts reckon other nations may follow suit.",
        "other nations may follow suit",
        "analysts",
    );
    assert_statements(
        "Tony Blair said the aim was to preserve tradition and hinted that a super regiment was likely.",
        &[
            ("the aim was to preserve tradition", Some("Tony Blair")),
            ("a super regiment was likely", Some("Tony Blair")),
        ],
    );
    assert_one(
        "Gerhard Stoltenberg reaffirmed that the Louvre accord still stood.",
        "the Louvre accord still stood",
        "Gerhard Stoltenberg",
    );
    // What someone hinted at, not the words before.
    assert_one(
        "Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted at a Budget giveaway on 16 March.",
        "a Budget giveaway on 16 March",
        "Ed Balls",
    );
    // Nor the noun, nor a rating kept.
    assert_statements("Holmes has increasingly dropped hints her ambition has begun to wilt.", &[]);
    assert_statements("Moody's affirmed the AA ratings on the senior debt.", &[]);
}

#[test]
fn plain_nouns_before_a_place_are_who_speaks() {
    assert_speaker(
        "Traders and bankers in Singapore said it posed a serious threat to the exchange.",
        "traders and bankers in Singapore",
    );
    assert_speaker(
        "Western agricultural attaches in Moscow said they had no evidence.",
        "Western agricultural attaches in Moscow",
    );
    // A clause before the place names no one.
    assert_speaker(
        "Plouffe boasted about a plan to spend money digging up dirt on journalists who criticized the company.",
        "journalists",
    );
}

#[test]
fn participles_of_saying_open_a_sentence_or_follow_a_dash() {
    assert_one(
        "After saying he was nervous to ask a question, the man ended up in the middle of the room.",
        "he was nervous to ask a question",
        "man",
    );
    assert_one(
        "Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.",
        "he was rooting for Peyton Manning",
        "Marco Rubio",
    );
    // (Not a participle that tells no words.)
    assert!(words("After talking about security, Mr. Netanyahu walked to the site.").is_empty());
}

#[test]
fn when_it_was_told_after_a_closing_credit_is_no_statement() {
    assert_one(
        "This is not about me, President Obama told his closest advisers as he laid out the plan for the new campaign in the fall.",
        "This is not about me",
        "Obama",
    );
    // (A quantity after "as" is what was said.)
    assert_one(
        "Earlier this month, Yulia Tymoshenko said as many as 3,000 firms may have their privatisations reviewed.",
        "as many as 3,000 firms may have their privatisations reviewed",
        "Yulia Tymoshenko",
    );
}

#[test]
fn more_company_suffixes_close_a_firms_name() {
    assert_speaker(
        "IBM Deutschland GmbH said its turnover fell nine pct to 12.0 billion marks in 1986.",
        "IBM Deutschland GmbH",
    );
}

#[test]
fn a_share_that_said_after_and_is_a_statement_of_its_own() {
    assert_statements(
        "Only two pct said they planned to sell some and four pct said they planned to buy.",
        &[
            ("they planned to sell some", Some("two pct")),
            ("they planned to buy", Some("four pct")),
        ],
    );
}

#[test]
fn a_unit_speaks_not_the_firm_that_owns_it() {
    assert_speaker(
        "The Western Airlines unit of Delta Air Lines Inc said it would add flights.",
        "Western Airlines",
    );
    assert_speaker(
        "The First Interstate Bank of California subsidiary of First Interstate Bancorp said it is raising its prime rate.",
        "First Interstate Bank of California",
    );
    // (Not where the unit is.)
    assert_speaker(
        "The Amsterdam unit of French bank Societe Generale said it is launching a certificate of deposit.",
        "Societe Generale",
    );
}

#[test]
fn a_second_verb_after_a_comma_and_then_is_the_subjects() {
    assert_speaker(
        "Clinton paused, then revealed why the activism was especially moving.",
        "Clinton",
    );
}

#[test]
fn a_partys_name_keeps_its_capital_in_a_description() {
    assert_speaker(
        "Democratic party officials said the convention would be open.",
        "Democratic party officials",
    );
}

#[test]
fn the_participle_of_a_text_put_out_is_no_part_of_its_name() {
    assert_speaker(
        "A Los Angeles Times poll released today showed just 37 pct of those surveyed thought Reagan was in control.",
        "a Los Angeles Times poll",
    );
}

#[test]
fn an_aside_of_several_words_between_the_verb_and_that() {
    assert_one(
        "Home Shopping Network Inc said, in response to published reports, that it is not the target of an investigation.",
        "it is not the target of an investigation",
        "Home Shopping Network Inc",
    );
}

#[test]
fn according_to_inside_a_sentence_before_an_amount_or_a_quantifier() {
    assert_one(
        "G4S receives, according to one report, $234 million in security contracts from DHS.",
        "G4S receives $234 million in security contracts from DHS",
        "one report",
    );
    assert_one(
        "Now, according to the recent 50-state poll, some are swinging.",
        "some are swinging",
        "recent 50-state poll",
    );
}

#[test]
fn a_relative_pronoun_before_the_speaker_is_the_subject_of_what_was_said() {
    assert_one(
        "The district saw 30 applicants for delegate slots, which critics said were about evenly split between Trump and Cruz.",
        "were about evenly split between Trump and Cruz",
        "critics",
    );
    assert_one(
        "Roffman signed a letter of apology that his lawyer said was drafted by the firm.",
        "was drafted by the firm",
        "his lawyer",
    );
    // (Up to the sentence's own verb.)
    assert_eq!(
        words(
            "The computer, which Apple says will operate 15-20 pct faster than the Mac Plus, goes on sale today."
        ),
        ["will operate 15-20 pct faster than the Mac Plus"]
    );
}

#[test]
fn who_before_the_speaker_is_the_subject_of_what_was_said() {
    assert_one(
        "The gunman, who police said was armed with a rifle, fled the scene.",
        "was armed with a rifle",
        "police",
    );
}

#[test]
fn every_quoted_fragment_of_a_credited_clause_is_one_statement() {
    // (Fragments before the credit after the sentence, and after the
    // credit before them: the words left out between them read " … ".)
    assert_one(
        "Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean proclaimed on Monday.",
        "the ultimate public health crisis … stunt children’s growth,",
        "Howard Dean",
    );
    assert_one(
        "Donald Trump accused Ted Cruz of being \"politically correct\" and \"very queasy\" on the issue of interrogation.",
        "politically correct … very queasy",
        "Donald Trump",
    );
    // (Not a quotation that goes on in the next paragraph.)
    assert_one(
        "Chairman Anthony Regensburg said the losses \"took everyone by surprise.\n\n\"Speculation has been less than helpful,\" he said.",
        "took everyone by surprise. Speculation has been less than helpful,",
        "Anthony Regensburg",
    );
}

#[test]
fn a_verb_after_a_partial_quotation_reports_its_own_clause_too() {
    assert_statements(
        "Citing \"obligations in Tennessee,\" the former vice president's spokeswoman told POLITICO that Gore plans to skip the festivities.",
        &[
            ("obligations in Tennessee,", Some("former vice president's spokeswoman")),
            ("Gore plans to skip the festivities", Some("former vice president's spokeswoman")),
        ],
    );
    // (Not a verb whose words are only the quotation's, nor one set off
    // by a comma.)
    assert_one(
        "Trump's sudden rise was \"a disaster,\" Mitt Romney said on Monday.",
        "a disaster,",
        "Mitt Romney",
    );
}

#[test]
fn a_participle_opening_the_next_sentence_credits_no_quotation_before_it() {
    // (Its subject after the quotation it holds is the speaker, "the
    // mother-of-nine" too.)
    assert_eq!(
        speakers(
            "\"I know his character,\" Katherine Jackson said. \"He loves children.\" Describing Mr Jackson as \"a good person\", the mother-of-nine said she feared he would not be given a fair trial."
        ),
        [
            Some("Katherine Jackson".into()),
            Some("mother-of-nine".into()),
            Some("mother-of-nine".into())
        ]
    );
}

#[test]
fn a_participle_after_a_partial_quotation_is_the_sentence_subjects() {
    assert_statements(
        "Hillary Clinton promised on Tuesday to refrain from using the phrase \"illegal immigrant\" during the rest of her campaign, saying she had made a \"poor choice of words\" at a campaign event.",
        &[
            ("illegal immigrant", Some("Hillary Clinton")),
            ("poor choice of words", Some("Hillary Clinton")),
        ],
    );
}

#[test]
fn a_share_after_with_says_what_it_said() {
    assert_statements(
        "Many voters shrugged off the decision, with three in 10 saying a running mate would have no effect on their vote.",
        &[("a running mate would have no effect on their vote", Some("three in 10"))],
    );
    // (Not a share that sees: "with three seeing two pct growth".)
    assert!(
        words("Economists were split, with three seeing two pct growth and two seeing one pct.")
            .is_empty()
    );
}

#[test]
fn a_verb_that_may_be_a_noun_after_a_name_set_off_in_commas() {
    assert_one(
        "Her chief policy aide, Jake Sullivan, calls her record a \"blueprint\" for how she would create jobs.",
        "blueprint",
        "Jake Sullivan",
    );
    // (Not one that finds: "One woman, Victoria Lapete, found her sister".)
    assert!(words("One woman, Victoria Lapete, found her sister in the square.").is_empty());
}

#[test]
fn a_second_verb_in_a_when_clause_credits_a_quotation_with_that_clauses_subject() {
    assert_one(
        "There have been more-pointed references, such as when Ted Cruz knocked Rubio on trade and called him a \"moderate,\" a subtle dig at a candidate.",
        "moderate,",
        "Ted Cruz",
    );
}

#[test]
fn a_lady_speaks() {
    assert_one(
        "The former first lady calls it her \"responsibility gene\"; rivals deride it as poll-tested.",
        "responsibility gene",
        "former first lady",
    );
}

#[test]
fn a_title_credits_its_speaker_before_whom_it_was_said_to() {
    for (title, words, speaker) in [
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
            "Trump will reverse Roe v. Wade",
            "Clinton",
        ),
        (
            "CNN President On Trump: 'We Do Not Pay Candidates To Appear At Debates.'",
            "We Do Not Pay Candidates To Appear At Debates.",
            "CNN President",
        ),
    ] {
        let a = article(title, "The speech was short.");
        assert_eq!(
            found(&a),
            [(Kind::Headline, words.to_string(), Some(speaker.to_string()))],
            "{title}"
        );
    }
    // (Not in a paragraph of the text after its first.)
    assert!(words("The speech was short.\n\nReaction to the ruling: the markets fell.").is_empty());
}

#[test]
fn a_transcripts_turns_are_what_each_speaker_said() {
    let body = "Gov. Mary Fallin spoke to Jake Tapper on Sunday.\n\n\
        TAPPER: And obviously, you are supporting Donald Trump, and I think there are probably a lot of people who would wonder how he can campaign as a healer after everything.\n\n\
        FALLIN: I think he is trying to campaign as a racial healer, and I think that has been part of his message all week, if you watch what he said about Dallas.\n\n\
        Note: this short line is the writer's.";
    let a = article("News", body);
    let got: Vec<_> = extract_statements(&a, 0)
        .iter()
        .map(|s| {
            (
                s.kind,
                s.speaker.clone(),
                s.text(&a).split_whitespace().take(3).collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Kind::Direct, Some("Jake Tapper".to_string()), "And obviously, you".to_string()),
            (Kind::Direct, Some("Mary Fallin".to_string()), "I think he".to_string()),
        ]
    );
    // (One such paragraph is no transcript.)
    assert!(
        found(&article("News", "TAPPER: And obviously, you are supporting Donald Trump, and there are probably a lot of people who would wonder how he can campaign as a healer."))
            .iter()
            .all(|f| f.0 != Kind::Direct)
    );
}

#[test]
fn a_reported_clause_ends_at_a_spaced_hyphen_before_a_quotation() {
    assert_statements(
        "Joe Biden suggested Donald Trump had demonstrated a fondness for leaders like Saddam Hussein - \"He would have loved Stalin,\" he said.",
        &[
            (
                "Donald Trump had demonstrated a fondness for leaders like Saddam Hussein",
                Some("Joe Biden"),
            ),
            ("He would have loved Stalin,", Some("Joe Biden")),
        ],
    );
    // (Not a hyphen that closes an aside.)
    assert_eq!(
        words(
            "Ben Carson told CBS on Sunday that people -- unnamed -- \"are very threatened\" by his rise."
        ),
        ["are very threatened"]
    );
}

#[test]
fn as_reported_by_credits_its_source() {
    assert_one(
        "As reported by Western Journalism, last year Seattle became the first major city in the country to mandate a $15 minimum wage.",
        "last year Seattle became the first major city in the country to mandate a $15 minimum wage",
        "Western Journalism",
    );
}

#[test]
fn a_bare_verb_joined_to_an_infinitive_reports_nothing() {
    assert!(words("The investigation undercut her statements over the past 18 months to explain and defend her decision to rely on a private server.").is_empty());
    assert!(words("He plays them off against each other, which allows him to keep his options open and deny any responsibility.").is_empty());
    // (Not a verb in the past: "… agreed to meet and said …".)
    assert_eq!(
        words(
            "Iran was ready to talk and said any interference in the region would meet a strong response."
        ),
        ["any interference in the region would meet a strong response"]
    );
}

#[test]
fn a_sentence_set_off_by_a_dash_after_reported_words_is_a_quotation_of_its_own() {
    assert_statements(
        "Hillary Clinton suggested that Sanders's latest plan was unserious - \"Again, we need to get into the details.\"",
        &[
            ("Sanders's latest plan was unserious", Some("Hillary Clinton")),
            ("Again, we need to get into the details.", Some("Hillary Clinton")),
        ],
    );
    // (A newswire's "--" too.)
    assert_statements(
        "President Reagan said that he had barred the staff from covert operations -- \"No ifs, ands, or buts.\"",
        &[
            ("he had barred the staff from covert operations", Some("Reagan")),
            ("No ifs, ands, or buts.", Some("Reagan")),
        ],
    );
}

#[test]
fn a_participle_after_an_adverb_of_when_is_the_sentence_subjects() {
    assert_one(
        "Bernie Sanders spoke on Monday, initially saying he would not advertise on television.",
        "he would not advertise on television",
        "Bernie Sanders",
    );
    assert_one(
        "Katrina Pierson spoke to CNN on Sunday, repeatedly insisting that the judge is part of a group organizing protests.",
        "the judge is part of a group organizing protests",
        "Katrina Pierson",
    );
    // (Not an adverb of how before a verb that reports nothing of its own:
    // "forcefully denouncing the Castro regime after Trump said …".)
    assert_speaker(
        "Marco Rubio had a strong moment, forcefully denouncing the Castro regime after Donald Trump said he is open to a deal.",
        "Donald Trump",
    );
}

#[test]
fn two_roles_joined_before_an_inverted_credits_name() {
    assert_one(
        "The firm lobbied on behalf of the Trump Organization, said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.",
        "The firm lobbied on behalf of the Trump Organization",
        "Charlie Black",
    );
}

#[test]
fn a_name_after_that_with_a_relative_clause_before_its_verb_speaks() {
    assert_one(
        "It was less than three years ago that Michael Bloomberg, who's thinking about running for president, said it was \"impossible\" for him to win.",
        "impossible",
        "Michael Bloomberg",
    );
    assert_one(
        "It was three years ago that Michael Bloomberg, who is rich, said it was impossible for him to win.",
        "it was impossible for him to win",
        "Michael Bloomberg",
    );
}

#[test]
fn the_body_an_office_is_of_is_not_the_name_after_it() {
    assert_speaker(
        "Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"",
        "Oliver Heald",
    );
}

#[test]
fn a_participle_after_a_role_and_its_name_in_commas_is_the_names() {
    assert_speaker(
        "The party chairman, Kelly Armstrong, met the delegates, declaring after it that the request was denied.",
        "Kelly Armstrong",
    );
    // (Not an apposition in lower case.)
    assert_speaker(
        "The party chairman, a former banker, met the delegates, declaring after it that the request was denied.",
        "party chairman",
    );
    // (A second verb after "and" too, past an age.)
    assert_speaker(
        "One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced the war was wrong.",
        "Jessie Elkins",
    );
}

#[test]
fn a_text_a_body_put_out_says_what_its_participle_says_for_the_body() {
    // (A text of two words, "a press release".)
    assert_speaker(
        "Rubio’s campaign sent out a press release saying Murphy owes “Florida an explanation.”",
        "Rubio’s campaign",
    );
    // (Another text, another verb of putting it out.)
    assert_speaker("The Senate passed a resolution calling for action against Japan.", "Senate");
    assert_speaker(
        "The demonstrators adopted a declaration saying they would fight any move to open the market.",
        "demonstrators",
    );
    // (When or how between the subject and its verb.)
    assert_speaker(
        "The government will shortly issue a statement warning it will take emergency measures.",
        "government",
    );
    // (An article in which a paper shot back.)
    assert_speaker(
        "Forbes shot back in an article stating that New York was the billionaire capital.",
        "Forbes",
    );
    // (Not a subject cut at a possessive: the motion is the members'.)
    assert_speaker(
        "One hundred members of Britain's ruling Conservative Party have signed a motion calling for sanctions against Japan.",
        "a motion",
    );
}

#[test]
fn a_legislature_alone_keeps_its_capital() {
    assert_speaker("The Senate said it would act on the bill.", "Senate");
    assert_speaker("Congress said it would act on the bill.", "Congress");
}

#[test]
fn it_after_a_quotation_is_the_subject_before_it_when_nothing_said_names_it() {
    assert_speaker(
        "Thursday's memo from the panel seemed aimed at bolstering the investigation.\n\n\"So far, 59 of the 75 witnesses had never before been interviewed,\" it stated.",
        "Thursday's memo",
    );
    // (Not the subject of words reported before it.)
    assert_not_credited(
        "According to the bank's sources, Saudi Arabia has held talks with Iran.\n\n\"One strong indication is the silence coming from Iran,\" it said.",
        "Saudi Arabia",
    );
}

#[test]
fn a_mind_verbs_quotation_is_the_speech_verbs_past_where_it_was_said() {
    assert_speaker(
        "However, Adelson met with Trump in December and declared in an interview with Reuters that he found Trump to be \"very charming.\"",
        "Adelson",
    );
    assert_speaker(
        "Chairman A. William Reynolds stated at the meeting that he found the concept of greenmail to be \"repugnant.\"",
        "A. William Reynolds",
    );
}

#[test]
fn here_between_a_speaker_and_a_verb_before_a_colon_is_where() {
    assert_one(
        "One Western commercial attache here said: \"The likely outcome would be closer to equilibrium.\"",
        "The likely outcome would be closer to equilibrium.",
        "One Western commercial attache",
    );
}

#[test]
fn an_opening_may_hold_a_town_and_its_state_or_the_day_before() {
    assert_speaker(
        "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the US should lead.",
        "Clinton",
    );
    assert_speaker(
        "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that Obama wanted to take in refugees.",
        "Trump",
    );
    // (A participle and who reached the speaker.)
    assert_eq!(
        speakers(
            "Reached by POLITICO, Bennett denied the notion that a shakeup is coming, explaining that he was unaware of it."
        ),
        [Some("Bennett".to_string()), Some("Bennett".to_string())]
    );
    // (Not a name after a state that is no town's.)
    assert_speaker(
        "After winning only narrowly in Iowa, Clinton, the once-presumptive nominee, was bracing for defeat, saying the race was long.",
        "Clinton",
    );
    // (Nor a name after an opening word.)
    assert_speaker(
        "However, Seidman, attending the bankers' convention, said he did not expect rates to rise much higher.",
        "Seidman",
    );
}

#[test]
fn what_those_who_think_it_think_is_the_credits_after_it() {
    assert_speaker(
        "Hillary Clinton spoke in Washington on Monday. Candidates who think \"America no longer has vital national interests at stake in this region are dangerously wrong,\" she said.",
        "Hillary Clinton",
    );
}

#[test]
fn a_degree_and_an_adverb_open_a_sentence_before_its_subject() {
    assert_speaker(
        "Donald Trump spoke on Monday. More recently, he has spoken out against the law, and he was quick to make his pitch after the attacks, citing his approach.",
        "Donald Trump",
    );
}

#[test]
fn an_adjectives_capital_opening_a_sentence_keeps_its_noun() {
    assert_eq!(
        speakers("Smaller firms have met the board, saying it is anti-competitive."),
        [Some("Smaller firms".to_string())]
    );
    // (An article and an adjective before the noun.)
    assert_eq!(
        speakers(
            "The retired neurosurgeon addressed his concerns, saying it was a difficult investigation."
        ),
        [Some("retired neurosurgeon".to_string())]
    );
    // (Not a name and a verb: "McFadden makes claims …, saying".)
    let a = article(
        "News",
        "Brian McFadden sang on Monday. McFadden makes claims that he was beaten at his school, saying it had \"cell blocks\".",
    );
    let partial = found(&a).into_iter().find(|f| f.0 == Kind::Partial);
    assert_eq!(partial.and_then(|f| f.2).as_deref(), Some("Brian McFadden"));
}

#[test]
fn a_town_and_its_state_after_a_speaker_are_where_it_is_from() {
    assert_speaker(
        "An investor group led by members of the Hunt family of Dallas, Texas, told the Securities and Exchange Commission it has acquired a 6.2 pct stake.",
        "an investor group led by members of the Hunt family of Dallas, Texas",
    );
}

#[test]
fn hope_after_much_or_little_is_a_noun() {
    assert!(
        words("So there is much hope that an elected government will break the deadlock.")
            .is_empty()
    );
    assert_one(
        "But, according to Japanese officials, Yeutter held out little hope that the sanctions would be lifted soon.",
        "Yeutter held out little hope that the sanctions would be lifted soon",
        "Japanese officials",
    );
    // (Not a name: "Ian Little said".)
    assert_speaker(
        "Ian Little said the big question was whether exports would hold up.",
        "Ian Little",
    );
}

#[test]
fn a_written_answer_is_a_noun_not_a_cue() {
    assert_speaker(
        "Corporate Affairs Minister Michael Howard spoke on Monday. He told Parliament in a written answer that \"there have been informal talks at official level.\"",
        "Michael Howard",
    );
    // (After a possessive, an opening or prepared one.)
    assert_speaker(
        "Wasserman Schultz said in her opening remarks that the platform should reiterate support for “stalwart allies.”",
        "Wasserman Schultz",
    );
    // (But "people familiar with her thinking say" still say.)
    assert_speaker(
        "Hillary Clinton spoke. People familiar with her thinking say she now acknowledges the plan is hard.",
        "people familiar with her thinking",
    );
    // (Not a noun ending so: "wrote an op-ed urging …".)
    assert_speaker(
        "Ted Cruz, by contrast, wrote an op-ed urging Congress to fast track the trade deal.",
        "Ted Cruz",
    );
}

#[test]
fn an_office_of_a_body_before_a_name_is_that_names() {
    assert_speaker(
        "Treasury Secretary James Baker spoke first. Secretary of State George Shultz said the plan has not yet succeeded.",
        "George Shultz",
    );
    // (Not a relation's: "the daughter of activist Malcolm X" is hers.)
    let a = article(
        "News",
        "Attallah Shabazz, the daughter of activist Malcolm X, recalled the famous eulogy delivered by Davis at her father's funeral.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("Attallah Shabazz"), "{:#?}", found(&a));
}

#[test]
fn a_noun_cue_a_verb_of_naming_takes_as_its_object_credits_no_one() {
    assert_speaker(
        "Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic.”",
        "Brian Fallon",
    );
    // (After another verb it still credits its owner: "said Clark's call
    // for “…”".)
    let a = article(
        "News",
        "A delegate said Clark's call for \"halting the subsidy war in the agricultural products\" was welcome.",
    );
    assert!(found(&a).iter().any(|f| f.2.as_deref() == Some("Clark")), "{:#?}", found(&a));
}

#[test]
fn a_participle_in_an_opening_phrase_reports_up_to_its_comma() {
    assert_statements(
        "In a letter calling for the special committee meeting, Washington charged France with unfair practices.",
        &[
            ("the special committee meeting", Some("Washington")),
            ("France with unfair practices", Some("Washington")),
        ],
    );
}

#[test]
fn a_participle_after_after_in_an_opening_reports_up_to_its_comma() {
    let a = article(
        "News",
        "One month after announcing his support for Donald Trump, Marco Rubio still believes that the nominee is unfit to be commander-in-chief.",
    );
    let f = found(&a);
    assert!(
        f.iter().any(|(_, w, s)| w == "the nominee is unfit to be commander-in-chief"
            && s.as_deref() == Some("Marco Rubio")),
        "{f:#?}"
    );
    // (Not after a verb of the sentence's own: "Adrian Hilton was abandoned
    // after suggesting the signing of the treaty, under John Major's
    // government, was an act of treason" reports past the aside.)
    assert_eq!(
        words(
            "Adrian Hilton was abandoned after suggesting the signing of the treaty, under John Major's government, was an act of treason."
        ),
        ["the signing of the treaty, under John Major's government, was an act of treason"]
    );
}

#[test]
fn a_text_sent_to_someone_says_what_its_participle_says_for_its_sender() {
    assert_speaker(
        "Bernie Sanders won. His campaign sent out a text message to supporters saying: \"With your help, we were just declared the winner!\"",
        "Bernie Sanders's campaign",
    );
}

#[test]
fn show_after_a_singular_noun_and_an_article_is_a_noun() {
    assert!(
        words("The explosion in consumer technology is to continue into 2005, delegates at the world's largest gadget show, in Las Vegas, have been told.")
            .is_empty()
    );
    // (A plural's verb stays one: "the figures show".)
    assert_eq!(words("The latest figures show that sales rose by 3%."), ["sales rose by 3%"]);
}

#[test]
fn as_a_name_put_it_past_a_title_in_its_apposition() {
    assert_speaker(
        "As Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember that a compromise candidate today may be far better for them.''",
        "Akhil Amar",
    );
}

#[test]
fn an_email_blasted_out_to_supporters_is_its_senders() {
    assert_speaker(
        "Hillary Clinton spoke. Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump.”",
        "Hillary Clinton's campaign",
    );
}

#[test]
fn a_participle_after_a_quotations_inner_comma_goes_on_with_its_sentence() {
    // (The second quotation had been lost.)
    assert_statements(
        "Donald Trump defended “New York values,” saying the city had the “bravery of America.”",
        &[
            ("New York values,", Some("Donald Trump")),
            ("bravery of America.", Some("Donald Trump")),
        ],
    );
    // (Nor is the participle an inverted credit: "saying the city" had
    // credited the city.)
    assert_statements(
        "Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”",
        &[("bravery, heart and soul of America.", Some("Donald Trump"))],
    );
}

#[test]
fn an_adverb_between_a_subject_and_its_verb_is_no_part_of_the_speaker() {
    assert_speaker(
        "The Reagan administration soon will propose a program of no-fault compensation for people injured by vaccines.",
        "Reagan administration",
    );
    assert_speaker(
        "Fact-checkers soon noted that Clinton may have been referring to a hypothetical situation.",
        "Fact-checkers",
    );
}

#[test]
fn a_subjects_auxiliary_ends_the_speaker_past_a_time_or_phrase_before_the_verb() {
    assert_speaker(
        "Italy has over recent months announced a series of deregulation moves in response to a European directive.",
        "Italy",
    );
    assert_speaker(
        "Critics may be right, but a trio of PACs have in fact reported spending $513,000 supporting him.",
        "PACs",
    );
    // (Nor before "among": "Tony Blair is among those who have called".)
    assert_speaker(
        "The Prime Minister Tony Blair is among those who have called for an apology.",
        "Tony Blair",
    );
}

#[test]
fn a_clause_before_a_cue_makes_the_cue_a_word_of_its_object() {
    for body in [
        "Pretoria has raided alleged ANC bases in the so-called Frontline states in the past.",
        "However, intervention could send signals that would contribute to a short term smoothing of currency movements.",
        "The Commission has sharply revised down expected German gross national product growth this year to two pct.",
        "This has given added urgency to bank moves to build up their capital market operations.",
    ] {
        assert!(words(body).is_empty(), "{body}");
    }
    // (Past a word that opens a clause of its own, the clause's subject
    // speaks.)
    assert_speaker(
        "Trump's tactics were apparent this week when court filings revealed that he has sought $10 million in damages.",
        "court filings",
    );
}

#[test]
fn most_before_an_adverb_or_do_opens_a_second_verb_of_the_sentences_subject() {
    assert_eq!(
        speakers(
            "Donald Trump spoke on Monday. In the coming months, he vowed to ban Muslims from entering the country, declined at first to criticize David Duke, and most recently defended the use of an image that resembled a badge."
        )
        .last()
        .cloned()
        .flatten()
        .as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_participle_after_an_adverb_and_an_article_describes_its_noun() {
    for body in [
        "An experienced successor would seem a necessity. One widely mentioned possibility is Secretary of State George Shultz.",
        "The board cannot make a fully informed decision about its offer until it has explored the ways to revise it.",
        "Shareholder benefit is the most commonly cited advantage of such takeovers.",
    ] {
        assert!(words(body).is_empty(), "{body}");
    }
}

#[test]
fn an_aside_in_parentheses_after_a_speaker_is_no_part_of_its_name() {
    assert_speaker(
        "Kasich (who has 25 delegates to date) said it is possible for him to secure the nomination.",
        "Kasich",
    );
    assert_speaker(
        "A majority of voters (68%) said the prime minister has been damaged by the row.",
        "a majority of voters",
    );
    // (Not a word of a name.)
    assert_speaker(
        "Industrial Equity (Pacific) Ltd said it increased its stake in Smith International Inc.",
        "Industrial Equity Pacific Ltd",
    );
}

#[test]
fn a_credit_sentence_with_a_role_in_commas_credits_the_quotation_after_it() {
    assert_statements(
        "Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”",
        &[("There are no paper ballots to recount.", Some("Sam Lau"))],
    );
}

#[test]
fn a_name_and_a_firms_role_after_a_quotation_credit_it_before_where_it_was_said() {
    assert_speaker(
        "\"We believe the use of reinforced plastics in cars and trucks will grow,\" A. William Reynolds, GenCorp chairman and chief executive officer said as the reason for building the plant.",
        "A. William Reynolds",
    );
}

#[test]
fn do_after_but_opens_a_second_verb_of_the_sentences_subject() {
    assert_statements(
        "Thrift industry sources said they do not see a major impact on the market, but do expect Citicorp to be a more aggressive competitor.",
        &[
            ("they do not see a major impact on the market", Some("sources")),
            ("Citicorp to be a more aggressive competitor", Some("Thrift industry sources")),
        ],
    );
}

#[test]
fn alleged_after_a_verb_and_a_noun_after_a_superlative_report_nothing() {
    for body in [
        "Robbin Johnson, vice president of Cargill, Inc., disputed claims that U.S. grain companies have made huge profits.",
        "Judge Lord Cullen ruled that alleged human rights breaches involving degrading treatment should be dealt with on the normal civil standard.",
        "In its bluntest ever warning about the state of EC finances, the Commission was silent.",
    ] {
        assert!(words(body).is_empty(), "{body}");
    }
    // (A subject's verb stays one.)
    assert_speaker("The union alleged that the money had been misused.", "union");
}

#[test]
fn and_past_adverbs_of_time_opens_a_second_verb_of_the_sentences_subject() {
    assert_eq!(
        speakers(
            "Christopher Moran led the group. Moran himself withdrew from the takeover effort and last reported his personal stake at 4.8 pct."
        ),
        [named("Christopher Moran")]
    );
}

#[test]
fn a_name_that_ends_in_a_place_noun_is_no_he() {
    assert_eq!(
        speakers(
            "Franson Reneus, 18, from Lee County, Fla., disagrees. \"I could say I identify as anything,\" he says."
        ),
        [named("Franson Reneus")]
    );
}

#[test]
fn a_person_set_off_after_an_owners_phrase_is_the_sentences_subject() {
    assert_eq!(
        speakers(
            "While Donald Trump has yet to endorse Paul Ryan’s re-election bid, Trump’s running mate — Indiana Gov. Mike Pence — has thrown his support behind Ryan. And he claims his boss is OK with it."
        ),
        [named("Mike Pence")]
    );
    // (Not one the pronoun cannot stand for: the owner then.)
    assert_eq!(
        speakers(
            "James Murdoch's wife, Kathryn, is a trustee of the fund. In an essay in December, he wrote, ''Entrenched interests spin the fiction that science is divided.''"
        ),
        [named("James Murdoch")]
    );
}

#[test]
fn one_opening_a_sentence_describes_one_person_whom_he_stands_for() {
    assert_eq!(
        speakers(
            "“We are going to have a wipeout,” said Rick Wilson, a consultant.\n\nOne California delegate said he tried to give away guest passes. “Not even one,” he said."
        ),
        [named("Rick Wilson"), named("One California delegate"), named("One California delegate")]
    );
}

#[test]
fn each_line_of_a_list_of_quotations_with_dash_credits_is_its_own_statement() {
    // (Web copy: lines longer than a newswire's.)
    let first = "Mr. Trump embodies the lasting legacy of racism in the United States. He has empowered white racists to be open with their prejudice.";
    let second = "During the debate Trump said Hispanics live in hell. He is ignorant of our culture and lives, and of the people he talks about.";
    let third = "Trump must stop portraying Latinos as dangerous gangsters when most of us are hard-working, tax-paying, successful entrepreneurs.";
    assert_statements(
        &format!(
            "Readers wrote in after the debate.\n\n”{first}” ― Sonya Herridge\n“{second}”― Pamela Padilla\u{a0}\n“{third}”\u{a0}― Carla Sanchez."
        ),
        &[
            (first, Some("Sonya Herridge")),
            (second, Some("Pamela Padilla")),
            (third, Some("Carla Sanchez")),
        ],
    );
}

#[test]
fn as_and_a_phrase_set_off_before_said_is_no_speaker_of_an_inverted_credit() {
    assert_statements(
        "And the law protects those who use \"something to hand\" as a weapon, said the leaflet published jointly by the Crown Prosecution Service (CPS) and Association of Chief Police Officers (ACPO).",
        &[("something to hand", Some("leaflet"))],
    );
    // (But "as one aide put it" credits.)
    assert_speaker("\"We will win,\" as one aide put it.", "one aide");
}

#[test]
fn it_closing_a_sentence_after_a_leaflets_statement_is_the_leaflet() {
    assert_eq!(
        speakers(
            "And the law protects householders, said the leaflet published jointly by the Crown Prosecution Service.\n\nAs a general rule, the more extreme the circumstances, the more force can be used lawfully in self-defence, it said, adding that householders do not have to wait to be attacked."
        ),
        [named("leaflet"), named("leaflet"), named("leaflet")]
    );
}

#[test]
fn it_after_a_clubs_statement_is_the_club() {
    assert_eq!(
        speakers(
            "In a statement, the club said it would allow Mr Glazer \"limited due diligence\" to give him the opportunity. But it said it continued to oppose Mr Glazer's plans."
        ),
        [named("club"), named("club")]
    );
}

#[test]
fn mrs_and_a_surname_is_not_a_man_a_given_name_tells() {
    let names = speakers(
        "Tory leader Michael Howard said the party would win. Mrs Howard made her debut speech at the conference last October. During an interview she said she often criticised her husband.",
    );
    // (His wife, by the surname the text gives her.)
    assert_eq!(names, [named("Michael Howard"), named("Howard")]);
}

#[test]
fn a_name_with_and_and_where_it_is_is_one_name() {
    assert_speaker(
        "First Federal Savings and Loan Association of Fort Myers said its board has executed a letter of intent.",
        "First Federal Savings and Loan Association of Fort Myers",
    );
    assert_speaker(
        "Bank Building and Equipment Corp of America said the court denied a stockholder's request.",
        "Bank Building and Equipment Corp of America",
    );
}

#[test]
fn a_companys_letters_joined_by_and_are_its_name() {
    assert_speaker("AT and T said it is also using resources from Boeing Co.", "AT and T");
    assert_speaker("LL and E said Louisiana Land has not yet escrowed any amounts.", "LL and E");
}

#[test]
fn names_joined_by_and_after_a_clause_opener_are_one_speaker() {
    assert_speaker(
        "The committee was announced last week when Harper and Row said its board had taken no action.",
        "Harper and Row",
    );
    assert_eq!(
        speakers("Vulcan offered five dlrs a share, but Jones and Vining dismissed the offer."),
        [named("Jones and Vining")]
    );
    // (Not a person the names own.)
    assert_eq!(
        speakers(
            "Economist Richard Reid said rates would fall. But Phillips and Drew's Reid said lower rates would attract investors."
        ),
        [named("Richard Reid"), named("Richard Reid")]
    );
}

#[test]
fn a_person_of_a_firm_whose_name_holds_and_is_the_person() {
    assert_speaker(
        "Analyst Tim Harris of Phillips and Drew said rising profits would be offset.",
        "Tim Harris",
    );
    assert_speaker(
        "Economist David Pike of Phillips and Drew estimates that unit cost prices fell 30 pct.",
        "David Pike",
    );
    // (Not an office's matter, whose holder follows it.)
    assert_speaker(
        "Japan's Minister of International Trade and Industry Hajime Tamura told a press conference that interference by officials was inappropriate.",
        "Hajime Tamura",
    );
}

#[test]
fn a_name_of_one_word_of_a_place_is_one_name() {
    assert_speaker(
        "Volkswagen of America said its car sales rose 4.9 pct.",
        "Volkswagen of America",
    );
    assert_speaker(
        "Zambia has stopped sending its copper exports through South Africa, the official Times of Zambia said.",
        "Times of Zambia",
    );
    assert_speaker(
        "The House of Representatives said it would vote on the treaty.",
        "House of Representatives",
    );
    // (Not a group's: the firm they are of, as before.)
    assert_speaker("Officials of Harcourt said they would sue.", "Harcourt");
}

#[test]
fn the_company_after_a_firm_an_apposition_calls_a_firm_is_that_firm() {
    assert_eq!(
        speakers(
            "Deak International, a foreign currency and precious metals firm, announced the acquisition of Johnson Matthey Commodities.\n\nThe purchase follows the recent acquisition of London's Johnson Matthey Commodities Limited, Deak said.\n\nThe firm will be known as Deak Trading, the company said."
        ),
        [named("Deak International"), named("Deak International"), named("Deak International")]
    );
}

#[test]
fn the_company_a_text_never_names_is_the_firm_its_title_names_by_ticker() {
    let a = article(
        "WHITTAKER CORP <WKR> 1ST QTR JAN 31 NET",
        "Oper shr 17 cts vs 25 cts\n\nNOTE: Company said common shares outstanding fell to 7,814,000.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("Whittaker Corp"));
    let a = article(
        "OCEAN TRANSPORT AND TRADING PLC <OCEL.L> YEAR 1986",
        "Shr 20.5p vs 15.6p\n\nThe company said the sale of the minority holding has transformed the balance sheet.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("Ocean Transport and Trading PLC"));
    // (Not a title's name without a company's suffix: "PACTEL <PAC>".)
    let a = article(
        "PACTEL <PAC> SEES EARNINGS GROWTH",
        "Capital spending stood at about 1.8 billion dlrs.\n\nThe company said it expected the figure to remain flat.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("company"));
}

#[test]
fn the_company_after_a_firm_whose_name_and_or_of_links_is_that_firm() {
    assert_eq!(
        speakers(
            "Johnson and Johnson said the Food and Drug Administration has accepted its petition.\n\nThe company said the product is made from sugar."
        ),
        [named("Johnson and Johnson"), named("Johnson and Johnson")]
    );
    assert_eq!(
        speakers(
            "American Federal Savings and Loan Association of Colorado said its board cut the quarterly dividend.\n\nThe company said earnings will continue under pressure."
        ),
        [
            named("American Federal Savings and Loan Association of Colorado"),
            named("American Federal Savings and Loan Association of Colorado")
        ]
    );
    // (Not places joined: "the company" is no country's.)
    assert_eq!(
        speakers(
            "Britain and France said they would sign.\n\nThe company said it would build the plant."
        ),
        [named("Britain and France"), named("company")]
    );
}

#[test]
fn a_name_with_of_the_inside_is_one_name() {
    assert_speaker("Fruit of the Loom Inc said it would sell shares.", "Fruit of the Loom Inc");
    assert_speaker(
        "The Council of the Great City Schools said in a study that students take 112 tests.",
        "Council of the Great City Schools",
    );
    // (Not a group of a body's people: the body, as before.)
    assert_speaker(
        "Officials of the New York Stock Exchange said the day went smoothly.",
        "New York Stock Exchange",
    );
}

#[test]
fn a_bodys_last_word_after_a_title_is_no_part_of_the_holders_name() {
    assert_speaker(
        "Chairman of General Motors Roger Smith said a far better answer would be structural change.",
        "Roger Smith",
    );
    // (Not an initial that opens the name.)
    assert_speaker(
        "Pennzoil Co Chairman J. Hugh Liedtke told a meeting of analysts that the company expects its first quarter net to be down.",
        "J. Hugh Liedtke",
    );
}

#[test]
fn a_source_credited_by_according_to_speaks_for_its_maker() {
    // As "A tally by the Associated Press shows …" is the AP's.
    assert_speaker(
        "Clinton had 2,205 total delegates, according to a tally by the Associated Press.",
        "Associated Press",
    );
    assert_speaker(
        "The casinos won slightly less in October, according to data released Friday by the Division of Gaming Enforcement.",
        "Division of Gaming Enforcement",
    );
    assert_speaker(
        "Sales of electric cars are growing 60 percent a year, according to a recent report from Bloomberg New Energy Finance.",
        "Bloomberg New Energy Finance",
    );
}

#[test]
fn a_source_with_no_maker_named_after_it_stays_the_source() {
    // No maker; a time after "from"; a maker the source names itself; and
    // a maker the phrase reader would cut short ("UK" of "UK think-tank
    // Demos").
    assert_speaker(
        "Young voters prefer Sanders by wide margins, according to a new poll.",
        "a new poll",
    );
    assert_speaker(
        "Exports of sugar rose sharply in January, according to figures from last year.",
        "figures",
    );
    let a = article(
        "News",
        "He ran up a concessions bill of $80,000, according to a New Jersey Watchdog report released by the governor's office.",
    );
    assert_eq!(found(&a)[0].2.as_deref(), Some("a New Jersey Watchdog report"));
    assert_speaker(
        "A quarter of broadband users upload content, according to a report by UK think-tank Demos.",
        "a report",
    );
}

#[test]
fn a_longer_name_of_who_quoted_after_a_quotation_still_credits_whom_it_quoted() {
    assert_speaker(
        "\"Yuganskneftegas has been sold in the best traditions of the 90s,\" the Interfax news agency quoted Mr Khodorkovsky as saying.",
        "Khodorkovsky",
    );
    assert_speaker(
        "\"They were able to move so quickly it caught HSBC by surprise,\" the Financial Times newspaper quoted an insider in the talks as saying.",
        "an insider",
    );
}

#[test]
fn a_name_with_for_or_a_possessive_before_of_stays_whole() {
    assert_speaker("Lloyd's of London said claims from the storm would rise.", "Lloyd's of London");
    assert_speaker(
        "The New Bedford Institution for Savings said it issued 9.4 mln shares.",
        "New Bedford Institution for Savings",
    );
    assert_speaker(
        "Club for Growth Action said it would spend $1.1 million.",
        "Club for Growth Action",
    );
    assert_speaker(
        "The Club for Growth PAC said it would spend $1.1 million.",
        "Club for Growth PAC",
    );
    assert_speaker(
        "National Nurses United for Patient Protection said it would spend $1 million.",
        "National Nurses United for Patient Protection",
    );
    // (Letters set off in parentheses are no part of the name.)
    assert_speaker(
        "The Organisation for Economic Cooperation and Development (OECD) said growth would slow.",
        "Organisation for Economic Cooperation and Development",
    );
}

#[test]
fn a_credit_runs_over_a_firms_ticker_or_its_marked_name() {
    assert_speaker(
        "\"As long as there is a gap, there will be people who want to exploit it,\" a Hitachi Ltd <HIT.T> spokesman said.",
        "a Hitachi Ltd spokesman",
    );
    assert_speaker(
        "A Mannesmann AG <MMWG.F> spokesman said the company had lodged an application.",
        "a Mannesmann AG spokesman",
    );
    assert_speaker(
        "\"It sounds like a good deal,\" Stuart McKibbin of <A.C. Goode and Co> said.",
        "Stuart McKibbin",
    );
    assert_speaker(
        "\"Diversification of foreign portfolios is underway,\" a fund manager at <Yasuda Trust and Banking Co Ltd> said.",
        "Yasuda Trust and Banking Co Ltd",
    );
    // (Not a share of the marked name's stock: whoever owns it.)
    let (_, _, speaker) = one(
        "The investor group owning about 42 pct of the outstanding capital stock of <The First Women's Bank> said a cash tender offer expired.",
    );
    assert!(!speaker.as_deref().unwrap_or("").starts_with("about"), "{speaker:?}");
}

#[test]
fn they_stands_for_spokesmen_who_spoke_before() {
    let a = article(
        "News",
        "All four makers will stop exports to North Korea, company spokesmen told Reuters. The move responds to concern in Washington, they said.",
    );
    let f = found(&a);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].2.as_deref(), Some("company spokesmen"));
}

#[test]
fn they_stands_for_a_group_named_with_where_it_sits() {
    assert_speaker(
        "Judges at the US Supreme Court have been hearing evidence on file-sharing networks. They questioned if opening the way for lawsuits could deter innovation.",
        "judges at the US Supreme Court",
    );
    // (Not a body's name that a noun goes on from.)
    assert_not_credited(
        "Members of the White Rose resistance group distributed leaflets. They were arrested as they dropped leaflets calling for a \"day of reckoning\".",
        "Rose",
    );
}

#[test]
fn a_headline_in_capitals_names_a_firm_by_its_longer_name_or_as_the_text_writes_it() {
    let cases = [
        (
            "HILLSDOWN SAYS EARLY 1987 RESULTS ENCOURAGING",
            "Hillsdown Holdings Plc <HLDN.L> said early results for 1987 were encouraging.",
            "Hillsdown Holdings Plc",
        ),
        // Known only as someone's employer: as the text writes it.
        (
            "PENNZOIL <PZL> SAYS IT HAS MADE SETTLEMENT OFFERS",
            "Pennzoil Co chairman J. Hugh Liedtke said the company has made several proposals.",
            "Pennzoil",
        ),
        (
            "HUGHES TOOL <HT> SAYS BAKER MERGER ALIVE",
            "Hughes Tool chairman W.A. Kistler said the merger with Baker International was alive.",
            "Hughes Tool",
        ),
        // Letters the text writes in capitals too stay in capitals.
        (
            "OPEC SAYS FEBRUARY OUTPUT UNDER CEILING",
            "OPEC output was under its ceiling in February, the Opec secretariat said.",
            "OPEC",
        ),
    ];
    for (title, body, speaker) in cases {
        assert_eq!(headline_of(title, body).and_then(|h| h.1).as_deref(), Some(speaker), "{title}");
    }
}

#[test]
fn a_headline_speaker_left_in_capitals_is_cased_as_the_text_writes_its_words() {
    let cases = [
        (
            "GREEK OFFICIAL SAYS AUSTERITY MEASURES PAYING OFF",
            "Greek austerity measures are paying off, according to figures released on Monday by the Greek government.",
            "Greek official",
        ),
        (
            "WORLD BANK HEAD SAYS BRAZIL MORATORIUM TEMPORARY",
            "The Brazilian moratorium is temporary, the president of the World Bank told reporters.",
            "World Bank head",
        ),
        (
            "S. AFRICAN RESERVE BANK SAYS GROWTH RATE ON TARGET",
            "Growth is on target, the S. African Reserve Bank said in its quarterly bulletin.",
            "S. African Reserve Bank",
        ),
        // Letters the text never writes otherwise stay letters.
        (
            "CBT HEAD SAYS POSITION LIMITS HAVE NO PURPOSE",
            "Position limits have no purpose, the chairman of the exchange told a hearing.",
            "CBT head",
        ),
    ];
    for (title, body, speaker) in cases {
        assert_eq!(headline_of(title, body).and_then(|h| h.1).as_deref(), Some(speaker), "{title}");
    }
}

#[test]
fn someone_described_by_where_they_are_from_is_no_place() {
    assert_speaker(
        "The unnamed woman from Georgia says that a chip inside the cartridge tells the printer it needs filling.",
        "woman from Georgia",
    );
    assert_speaker(
        "A TV station in the US said it would show the controversial new series.",
        "a TV station in the US",
    );
    // (A firm or a person something comes from is who speaks.)
    assert_speaker(
        "A letter from Prime Minister Yasuhiro Nakasone said the row could be solved soon.",
        "Yasuhiro Nakasone",
    );
}

#[test]
fn the_holder_of_a_places_office_is_no_place() {
    assert_speaker(
        "The Archbishop of Canterbury said he was pleased that the couple had decided to marry.",
        "Archbishop of Canterbury",
    );
    assert_speaker(
        "The MP for Ealing North said the legislation would encourage corruption.",
        "MP for Ealing North",
    );
    // (An institution's office stays the institution's, as before.)
    assert_speaker(
        "The chairman of the Coffee Marketing Board said exports would rise.",
        "Coffee Marketing Board",
    );
}

#[test]
fn an_office_of_an_institution_named_with_of_is_the_institutions() {
    assert_speaker(
        "The Governor of the Bank of England said the policy was thoroughly irresponsible.",
        "Bank of England",
    );
    assert_speaker(
        "The President of the West German Federation of Banks said growth was still possible.",
        "West German Federation of Banks",
    );
}

#[test]
fn a_court_named_by_what_it_hears_stays_whole() {
    assert_speaker(
        "A Texas State Court of Appeal said the petition stays the obligation to post a bond.",
        "Texas State Court of Appeal",
    );
}

#[test]
fn a_firm_of_the_country_it_is_from_is_the_firm() {
    assert_speaker(
        "Philips of the Netherlands said it will launch its player later this year.",
        "Philips",
    );
    assert_speaker(
        "Airship Industries Ltd of the U.K. said its receipts will begin to trade on March 25.",
        "Airship Industries Ltd",
    );
    // (Not a body of the country: its name, whole.)
    assert_speaker(
        "The Bank of the United States said it would cut its rates.",
        "Bank of the United States",
    );
}

#[test]
fn he_is_the_subject_described_with_whose_role_before_the_name() {
    let before = "\"It will be at the Baftas,\" Mr Jolin said.\n\n";
    for opening in ["The Guardian's film critic Peter Bradshaw", "The film critic Peter Bradshaw"] {
        let body = format!(
            "{before}{opening} felt that there was a chance. \"I hope that voters will \
             respond,\" he said."
        );
        assert_eq!(speakers(&body), [named("Jolin"), named("Peter Bradshaw")], "{body}");
    }
}

#[test]
fn a_pronoun_and_its_verb_before_a_noun_cue_is_the_pronoun() {
    assert_eq!(
        speakers(
            "Budget Committee sources said a deal was near. They held out hope that an \
             agreement can be hammered out."
        ),
        [named("Budget Committee sources"), named("Budget Committee sources")]
    );
}

#[test]
fn a_relative_clause_with_a_quotation_is_no_subject_of_the_verb_after_it() {
    assert_eq!(
        speakers(
            "Labour's Mr Livingstone, who says he is \"standing by\" his remarks, had accused \
             a journalist of being like a \"concentration camp guard\"."
        ),
        [named("Livingstone"), named("Livingstone")]
    );
}

#[test]
fn where_someone_is_from_before_the_name_is_no_part_of_it() {
    assert_eq!(
        speakers(
            "Lleyton Hewitt beat Argentine David Nalbandian in five sets.\n\nThe Argentine said \
             Hewitt's celebrations were bad for the sport."
        ),
        [named("David Nalbandian")]
    );
    assert_speaker("Swede Joachim Johansson said the court felt like home.", "Joachim Johansson");
    // (Not a body's name, nor a people: "the British".)
    assert_speaker("Swiss Bank Corp said its profit rose.", "Swiss Bank Corp");
    assert_speaker("American Express Co said its profit rose.", "American Express Co");
}

#[test]
fn a_name_after_a_party_and_a_role_stands_before_its_apposition() {
    assert_eq!(
        direct_mention(
            "Conservative policy co-ordinator David Cameron, MP for Witney, added: \"This is \
             a betrayal of voters.\""
        )
        .as_deref(),
        Some("co-ordinator David Cameron")
    );
    assert_speaker(
        "Italian state-owned bank Banca Commerciale Italiana, BCI, said it will sign a pact.",
        "Banca Commerciale Italiana",
    );
}

#[test]
fn a_name_after_the_body_an_office_is_of_is_the_persons_alone() {
    assert_speaker(
        "President of the West German Federation of Banks Wolfgang Roeller said growth was \
         still possible.",
        "Wolfgang Roeller",
    );
}

#[test]
fn a_subject_before_a_relative_clause_with_a_quotation_reports_past_auxiliaries() {
    assert_eq!(
        speakers(
            "Mr Blair, who has described Africa as a \"scar\" on the world's conscience, has \
             already said tackling world poverty would be one of his priorities."
        ),
        [named("Blair"), named("Blair")]
    );
    assert_eq!(
        speakers(
            "Jack Straw, who argues the constitution reflected a \"British vision for Europe\", \
             has said the referendum could be held in spring 2006."
        )
        .last(),
        Some(&named("Jack Straw"))
    );
}

#[test]
fn a_things_name_after_called_is_no_one_calling_it() {
    assert_eq!(
        speakers(
            "In addition, Milstein said that Beecham has a drug called Eminase which is \"the \
             most likely competitor to TPA,\" and from a clinical standpoint nearly identical."
        ),
        [named("Milstein")]
    );
    // (Someone calling someone something still does.)
    assert_eq!(speakers("Officials called Smith \"a liar\" on Monday."), [named("officials")]);
}

#[test]
fn a_firm_of_partners_names_set_off_by_commas_is_one_speaker() {
    assert_speaker(
        "The issue is priced at par, said lead manager Kidder, Peabody and Co Inc.",
        "Kidder Peabody and Co Inc",
    );
    assert_speaker(
        "Analysts who follow Sears, Roebuck and Co said the gain reflects lower prices.",
        "Sears Roebuck and Co",
    );
    assert_speaker(
        "Sugar traded lower, Woodhouse, Drake and Carey said in their weekly report.",
        "Woodhouse, Drake and Carey",
    );
    // (Not a sentence's opening word, a month, or a list of firms.)
    assert_speaker("In November, B and C announced a bid for Steel Brothers.", "B and C");
}

#[test]
fn a_report_that_opens_a_clause_is_the_speaker_whole() {
    assert_speaker(
        "Shares rose following a weekend press report that it had held merger talks.",
        "a weekend press report",
    );
    // (A plural before it reports: "The unions report …".)
    assert_speaker("The unions report that the plant will close.", "unions");
}

#[test]
fn a_participle_after_a_comma_is_no_inverted_credit() {
    assert_eq!(
        speakers(
            "Hillary Clinton called the agreement \"an historic step forward\" in global \
             efforts to address climate change, applauding America's leadership."
        ),
        [named("Hillary Clinton")]
    );
}

#[test]
fn a_text_by_whom_made_it_credits_past_an_aside() {
    assert_speaker(
        "\"It is clear that Astra has a tradition in anti-viral research,\" the report by \
         Enskilda, the investment banking unit of Skandinaviska Enskilda Banken, said.",
        "Enskilda",
    );
    assert_speaker("The report by Enskilda, a unit of SEB, said the firm is strong.", "Enskilda");
}

#[test]
fn a_participle_after_whom_the_subject_left_or_reached_is_the_subjects() {
    assert_speaker(
        "Mr Hockney also left UKIP saying Mr Kilroy-Silk would \"deliver better\" as leader.",
        "Hockney",
    );
    assert_speaker(
        "Harry Redknapp left the club claiming he needed a break from football.",
        "Harry Redknapp",
    );
}

#[test]
fn a_role_after_a_name_that_follows_in_is_no_apposition_of_it() {
    assert_eq!(
        speakers(
            "A nationwide strike gained support in Sao Paulo, a union spokesman said. The \
             strike spread, he said."
        ),
        [named("a union spokesman"), named("a union spokesman")]
    );
    assert_eq!(
        speakers(
            "Earlier, writing in the Daily Telegraph, the prime minister conceded that the \
             plans were \"difficult issues for any government\"."
        ),
        [named("prime minister")]
    );
}

#[test]
fn they_with_no_one_said_before_is_the_group_its_sentence_or_the_one_before_is_about() {
    assert_eq!(
        speakers(
            "The home secretary has defended his decision. The law lords ruled against the \
             detention measures last week. They said it was wrong to have one set of laws for \
             foreign suspects."
        ),
        [named("home secretary"), named("law lords")]
    );
    assert_speaker(
        "The British producers of US Wife Swap are taking legal action against a show they \
         claim is \"a blatant and wholescale copycat\" of their programme.",
        "British producers",
    );
    // Things are no "they".
    assert_eq!(
        speakers(
            "The figures were revised last week. They said the economy grew by 2 pct in the \
             quarter."
        ),
        [None]
    );
}

#[test]
fn it_may_be_a_name_an_apposition_or_a_description_calls_a_paper_a_unit_or_a_firm() {
    assert_eq!(
        speakers(
            "Wen Wei Po, a Hong Kong daily with close Peking links, said the drought is the \
             worst in over 20 years.\n\nRice planting is threatened in eight provinces, it added."
        ),
        [named("Wen Wei Po"), named("Wen Wei Po")]
    );
    assert_eq!(
        speakers(
            "Further purchases are expected by China, London trade house E.D.And F. Man \
             said.\n\nPrices will rise, it said in its latest monthly market report."
        ),
        [named("E.D.And F. Man"), named("E.D.And F. Man")]
    );
    assert_eq!(
        speakers(
            "General Tire, a subsidiary of GenCorp, said it was evaluating the sale of its \
             stores. General Tire said it received inquiries from tire dealers. The company \
             said the stores would only be sold as a complete package."
        ),
        [named("General Tire"), named("General Tire"), named("General Tire")]
    );
}

#[test]
fn a_given_name_tells_no_gender_of_a_name_a_company_s_word_ends() {
    assert_eq!(
        speakers(
            "Stanley Works said it has acquired Acme Holding corp, a maker of door \
             hardware.\n\nIt said Acme had 1986 sales of over 50 mln dlrs."
        ),
        [named("Stanley Works"), named("Stanley Works")]
    );
}

#[test]
fn declining_to_a_sum_is_a_fall_not_a_refusal() {
    assert_eq!(
        words(
            "Third party turnover declined to 15.9 billion marks from 18.5 billion in 1985, \
             Krupp said."
        ),
        ["Third party turnover declined to 15.9 billion marks from 18.5 billion in 1985"]
    );
    assert!(words("Revenues declined to about 720 mln dlrs from 793 mln dlrs.").is_empty());
    // Refusing still is one.
    assert_eq!(
        words("The company declined to comment on the report."),
        ["to comment on the report"]
    );
}

#[test]
fn a_business_by_what_it_does_is_the_business_named() {
    assert_eq!(
        speakers(
            "CRA Ltd said it expected to pay a final 1986 dividend of not less than 10 cents a \
             share.\n\nProfits rose 20 pct, the mining and smelting group said."
        ),
        [named("CRA Ltd"), named("CRA Ltd")]
    );
    // A name with links in another language.
    assert_eq!(
        speakers(
            "Banca Cattolica del Veneto SpA said it had signed an accord covering a \
             certificates of deposit issue.\n\nThe bank said the issue would be placed with \
             investors."
        ),
        [named("Banca Cattolica del Veneto SpA"), named("Banca Cattolica del Veneto SpA")]
    );
    // A group that is no business is no firm named before.
    assert_eq!(
        speakers(
            "SITE Intelligence Group said the message was posted online.\n\nThe terrorist \
             group said its followers should attack."
        ),
        [named("SITE Intelligence Group"), named("terrorist group")]
    );
}

#[test]
fn it_after_shares_in_a_business_is_the_business() {
    assert_speaker(
        "Shares in American Express surged more than 8% on Tuesday after it said it was to \
         spin off its financial advisory unit.",
        "American Express",
    );
    assert_speaker(
        "Shares in Australian budget airline Virgin Blue plunged 20% after it warned of a \
         steep fall in full year profits.",
        "Virgin Blue",
    );
}

#[test]
fn the_executive_by_its_capital_is_a_government_not_a_chief_executive() {
    assert_eq!(
        speakers(
            "Jack Law, chief executive of Alcohol Focus Scotland, said the remarks were \
             unhelpful. But the Scottish Executive has insisted Mr McConnell was speaking about \
             adults. The chief executive said young people drink too much."
        ),
        [named("Jack Law"), named("Scottish Executive"), named("Jack Law")]
    );
}

#[test]
fn a_clause_before_and_is_no_part_of_the_subject_after_it() {
    assert_speaker(
        "Yet 39 percent blame his supporters and 22 percent say he is wrong.",
        "22 percent",
    );
    assert_speaker(
        "Spain joined the community in January last year and farmers say they have suffered \
         competition from imports.",
        "farmers",
    );
    // Two verbs of one subject keep it.
    assert_speaker(
        "Jim Wright has no plan. He has floated a stock transfer tax and also has suggested \
         deferring tax cuts.",
        "Jim Wright",
    );
}

#[test]
fn a_company_s_form_and_first_with_a_bank_s_words_open_its_name() {
    assert_eq!(
        speakers(
            "AB Volvo said the weakening dollar caused the drop in its 1986 profits.\n\nVolvo \
             said sales rose 5 pct."
        ),
        [named("AB Volvo"), named("AB Volvo")]
    );
    assert_speaker(
        "First National Supermarkets said its annual sales are running at 1.58 billion dlrs.",
        "First National Supermarkets",
    );
    assert_speaker(
        "First Bank System said it has agreed to sell its Lewiston subsidiary.",
        "First Bank System",
    );
}

#[test]
fn the_company_may_be_the_firm_an_office_in_the_lead_is_held_in() {
    assert_eq!(
        speakers(
            "Martin Ardbo, managing director of <AB Bofors>, which is at the centre of a police \
             inquiry, has resigned, the company said."
        ),
        [named("AB Bofors")]
    );
}

#[test]
fn a_plural_or_a_describing_word_before_a_name_is_no_part_of_it() {
    assert_speaker(
        "Judges Simon Cowell, Sharon Osbourne and Louis Walsh were on the panel. \"I think the \
         production team have done an amazing job,\" said Cowell.",
        "Simon Cowell",
    );
    assert_speaker("Defiant Matt Williams insists he will never quit.", "Matt Williams");
    assert_speaker(
        "Rival Hillary Clinton said she would not go above a $12 minimum wage.",
        "Hillary Clinton",
    );
    // A company's name keeps its words.
    assert_speaker("Crazy Eddie Inc said it expects a loss.", "Crazy Eddie Inc");
}

#[test]
fn a_relative_clause_s_subject_is_the_plural_it_follows_past_the_verb_before() {
    assert_speaker(
        "Singer Britney Spears is suing eight insurance companies that have refused to \
         reimburse her for cancelling her 2004 world tour.",
        "eight insurance companies",
    );
    assert_speaker(
        "Critics include prominent businesses that said the law could harm commerce.",
        "prominent businesses",
    );
}

#[test]
fn new_before_media_opens_a_paper_s_name() {
    assert_speaker(
        "Sky will activate a spare slot, marketing magazine New Media Age reported.",
        "New Media Age",
    );
}

#[test]
fn a_role_with_a_state_s_name_is_no_one_named_later_with_another() {
    assert_eq!(
        speakers(
            "\"Japan has come to symbolize what we fear most in trade,\" Senate Democratic Leader \
             Robert Byrd said.\n\n\"If we can find a way to come to terms with Japan, we can \
             manage our difficulties,\" the West Virginia Democrat said.\n\nByrd and House \
             Speaker Jim Wright, a Texas Democrat, have made trade legislation a priority."
        ),
        [named("Robert Byrd"), named("Robert Byrd")]
    );
}

#[test]
fn he_or_she_may_be_someone_an_indefinite_article_made_a_subject() {
    assert_eq!(
        speakers(
            "Angela Merkel said rates would rise. A 29-year-old Berlin woman, meanwhile, \
             received five months' probation after she had posted comments on Facebook. \
             \"Filth out!\" she wrote."
        ),
        [named("Angela Merkel"), named("a 29-year-old Berlin woman")]
    );
    // Not someone something was done to.
    assert_eq!(
        speakers(
            "Angela Merkel said rates would rise. A woman was hurt in the crowd. She said \
             the police had done well."
        ),
        [named("Angela Merkel"), named("Angela Merkel")]
    );
}

#[test]
fn a_person_before_a_role_at_the_firm_after_a_connective_is_the_speaker() {
    assert_speaker(
        "The network has more capacity than a user needs today, but Christoph Caselitz, \
         president of the mobile networks division at the firm says that: \"By 2015, the need \
         will be great.\"",
        "Christoph Caselitz",
    );
}

#[test]
fn showing_what_someone_can_do_credits_no_quotation_after_a_colon() {
    assert_speaker(
        "Katrina Bull, a prospective parliamentary candidate said Mr Blair had shown he could \
         rouse the party's grassroots: \"I think if every voter was able to spend time in a \
         room with him, we would win.\"",
        "Katrina Bull",
    );
}

#[test]
fn a_plural_capitalised_after_u_k_opens_no_name() {
    assert_eq!(
        speakers(
            "Midland Bank Plc's results suggest its shares show further recovery potential, \
             banking analysts said. Midland said profits rose.\n\nFollowing the lead of the \
             other four major U.K. Banks Midland moved charges against lending."
        ),
        [named("banking analysts"), named("Midland Bank Plc's results"), named("Midland Bank Plc")]
    );
}

#[test]
fn a_service_of_state_keeps_the_word_before_it() {
    assert_speaker(
        "The National Weather Service said warnings of gale force winds remained in effect.",
        "National Weather Service",
    );
}

#[test]
fn it_may_stand_for_a_paper_that_reported() {
    assert_eq!(
        speakers(
            "Ferrari could be listed on the stock market, the Financial Times has reported.\n\n\
             It said Fiat was set to restructure its business."
        ),
        [named("Financial Times"), named("Financial Times")]
    );
}

#[test]
fn branded_credits_its_subject_or_its_agent_after_by() {
    assert_eq!(
        speakers(
            "The Lib Dems branded it a \"sticking plaster\" for the election.\n\n\
             Tessa Jowell has limited new casinos, in a move branded a \"humiliating retreat\" \
             by the Tories."
        ),
        [named("Lib Dems"), named("Tories")]
    );
}

#[test]
fn an_office_of_one_department_is_no_shadow_holder_of_it_named_later() {
    assert_eq!(
        speakers(
            "Tessa Jowell has announced plans to limit casinos.\n\n\
             The Culture Secretary said the move showed she listened to critics.\n\n\
             But shadow culture secretary John Whittingdale said the bill was a mess."
        ),
        [named("Tessa Jowell"), named("Tessa Jowell"), named("John Whittingdale")]
    );
}

#[test]
fn the_former_holder_of_an_office_is_the_person_who_spoke_last() {
    assert_eq!(
        speakers(
            "Rick Perry announced his endorsement of Ted Cruz on Sunday.\n\n\
             \"Ted Cruz is by far the most consistent conservative,\" Perry said.\n\n\
             The former three-term governor dismissed the argument that Cruz would not get \
             along with Congress."
        ),
        [named("Rick Perry"), named("Rick Perry"), named("Rick Perry")]
    );
    // Not someone what was said names.
    assert_eq!(
        speakers(
            "Bernard Ebbers said he was unaware of any hidden shortfalls.\n\n\
             The former finance officer said Mr Ebbers knew about the entries."
        ),
        [named("Bernard Ebbers"), named("former finance officer")]
    );
}

#[test]
fn services_end_an_institution_s_name_with_the_letters_before_them() {
    assert_speaker(
        "IDD Information Services said the 30-day corporate visible supply rose.",
        "IDD Information Services",
    );
}

#[test]
fn a_firm_of_partners_opens_with_a_two_word_name_no_given_name_opens() {
    assert_speaker(
        "A 150 mln dlr issue of Mead Corp debentures was priced at par, Smith Barney, Harris \
         Upham and Co Inc said.",
        "Smith Barney Harris Upham and Co Inc",
    );
}

#[test]
fn a_verb_a_question_word_follows_credits_no_quotation_before_it() {
    let a = article(
        "News",
        "Kerr added: \"I gave the signal for him to take it. \"The same thing happened when I \
         refereed Chelsea.\" Henry explained why he paused before striking the ball.",
    );
    let credited: Vec<(String, Option<String>)> =
        found(&a).into_iter().map(|(_, words, speaker)| (words, speaker)).collect();
    assert_eq!(
        credited,
        [
            (
                "I gave the signal for him to take it. The same thing happened when I refereed \
                 Chelsea."
                    .to_string(),
                Some("Kerr".to_string())
            ),
            ("why he paused before striking the ball".to_string(), Some("Henry".to_string())),
        ]
    );
}

#[test]
fn whom_a_paper_quoted_may_take_a_dozen_words_when_they_are_whole() {
    assert_speaker(
        "The China Daily quoted Yang Jike, vice-governor of Anhui, as saying farmers could \
         earn twice as much growing cotton.",
        "Yang Jike",
    );
    // Not a part of them.
    assert_not_credited(
        "The Anatolian news agency quoted Turkish Minister of Industry and Trade Cahit Aral as \
         saying that the plant would open.",
        "Industry",
    );
}

#[test]
fn it_may_stand_for_a_paper_named_with_the_arabic_article() {
    assert_eq!(
        speakers(
            "OPEC faces fresh scrutiny in coming weeks, the Kuwait daily al-Qabas said.\n\n\
             In an article, it warned prices could fall."
        ),
        [named("al-Qabas"), named("al-Qabas")]
    );
}

#[test]
fn a_month_or_a_day_after_last_is_when_something_was_said() {
    assert_one(
        "The magazine said last October the Saudi government had approached six countries.",
        "the Saudi government had approached six countries",
        "magazine",
    );
}

#[test]
fn a_surname_of_two_words_is_the_person_named_in_full_before() {
    assert_eq!(
        speakers(
            "Antonio Ortiz Mena, president of the bank, said lending must rise.\n\n\
             Ortiz Mena said the U.S. plan was the right approach."
        ),
        [named("Antonio Ortiz Mena"), named("Antonio Ortiz Mena")]
    );
    // Not after a role's words.
    assert_eq!(
        speakers(
            "Wife Huma Abedin said she had decided to separate from her husband.\n\n\
             Huma Abedin said she would stay on the campaign."
        )
        .last(),
        Some(&named("Huma Abedin"))
    );
}

#[test]
fn a_headline_s_describing_words_give_way_to_the_text_s_given_name() {
    let a = article(
        "Liberal Oscar-winner Sarandon 'not sure' about Clinton over Trump",
        "Oscar-winning actress Susan Sarandon backs Bernie Sanders.\n\n\
         \"That's a legitimate concern,\" Sarandon told MSNBC.",
    );
    let speakers: Vec<Option<String>> = found(&a).into_iter().map(|(_, _, s)| s).collect();
    assert_eq!(speakers.last(), Some(&Some("Susan Sarandon".to_string())), "{speakers:?}");
}

#[test]
fn a_title_s_word_after_an_honorific_is_a_surname() {
    assert_eq!(
        speakers(
            "Paul King, of the firm, said sales rose.\n\n\
             Mr King said prices would fall."
        ),
        [named("Paul King"), named("Paul King")]
    );
    // Not an office a lord holds.
    assert_not_credited("The Lord Chancellor said the law was sound.", "Chancellor");
}

#[test]
fn baroness_dame_and_a_rugby_prop_are_titles_before_a_name() {
    assert_eq!(
        speakers(
            "Betty Boothroyd said reforms lacked a clear outcome.\n\n\
             Baroness Boothroyd said: \"Now we have to make the best of it.\""
        ),
        [named("Betty Boothroyd"), named("Betty Boothroyd")]
    );
    assert_speaker("Wales prop Adam Jones said his side had nothing to fear.", "Adam Jones");
}

#[test]
fn a_country_s_letters_before_one_word_open_a_body_s_name() {
    assert_speaker("UK Coal said it would close the pit.", "UK Coal");
    assert_speaker("US Sprint said it would cut prices.", "US Sprint");
    // Not before a person's role.
    assert_speaker("US officials said it would rain.", "US officials");
}

#[test]
fn a_perfect_participle_that_opens_the_sentence_is_its_subject_s() {
    assert_reported_by(
        "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
        "he would not send me to prison",
        "Judge Berman",
    );
}

#[test]
fn a_gerund_that_opens_the_sentence_names_no_one() {
    // "Addressing claims that …": a gerund and its noun, no one's claims.
    assert_not_credited(
        "Addressing claims that the new law was unenforceable, Mr Michael told the radio it worked.",
        "Addressing",
    );
    assert_not_credited(
        "Sticking points to membership have included limits on foreign ownership.",
        "Sticking",
    );
    // A name ending in "-ing" that the text writes inside a sentence too.
    assert_eq!(
        speakers(
            "Sales of Boeing jets rose.\n\n\
             Boeing claims that its planes are quieter."
        ),
        [named("Boeing")]
    );
}

#[test]
fn a_participle_and_its_preposition_open_the_sentence_before_its_subject() {
    assert_eq!(
        speakers(
            "Faced with heightened protectionist sentiment in Congress, the Reagan administration \
             has been stepping up the rhetoric against Taiwan, urging it to allow its currency to rise."
        ),
        [named("Reagan administration")]
    );
    // Past a dozen words and a parenthesis.
    assert_eq!(
        speakers(
            "Following meetings with House Agriculture Committee Chairman Kika de la Garza (D-Tex.) \
             and Senate Agriculture Committee Chairman Patrick Leahy (D-Vt.), the groups issued a \
             statement saying lawmakers should \"resist efforts to overhaul the law.\""
        ),
        [named("groups")]
    );
}

#[test]
fn a_defending_champion_and_a_sum_added_say_nothing() {
    assert_not_credited(
        "Hewitt will meet Clement, while defending champion Roger Federer faces Santoro.",
        "Hewitt",
    );
    assert!(
        found(&article(
            "News",
            "Hewitt will meet Clement, while defending champion Roger Federer faces Santoro."
        ))
        .is_empty()
    );
    assert!(
        found(&article(
            "News",
            "Senator Lawton Chiles revised the budget, adding about 400 mln dlrs for farm programs."
        ))
        .is_empty()
    );
}

#[test]
fn a_second_verb_s_subject_is_the_whole_phrase_the_first_verb_follows() {
    assert_eq!(
        speakers(
            "Business groups welcomed the move to leave rates on hold and cautioned against further rises."
        ),
        [named("Business groups")]
    );
    assert_eq!(
        speakers(
            "Civil rights group Liberty said it was \"delighted\" but called on the government to release men."
        ),
        [named("Liberty"), named("Liberty")]
    );
    assert_eq!(
        speakers(
            "The four opposition parties called the move \"an unforgivable, rash act\" and said they would fight to scrap the sales tax."
        ),
        [named("four opposition parties"), named("four opposition parties")]
    );
    // Not a noun the verb may be.
    assert_not_credited(
        "Western governments view official Soviet estimates for defense as understated, but say the real figure is hard to calculate.",
        "Supreme Soviet",
    );
}

#[test]
fn a_participle_after_a_credit_and_while_is_the_credit_s() {
    assert_eq!(
        speakers(
            "Gordon Brown will speak on Monday.\n\n\
             Previous gloomy forecasts proved wrong, he will argue, while suggesting that \
             only by sticking with him can Britain continue to have a sound economy."
        ),
        [named("Gordon Brown"), named("Gordon Brown")]
    );
}

#[test]
fn a_thing_dubbed_in_an_aside_of_participles_says_nothing() {
    assert!(
        found(&article(
            "News",
            "The service, launched in December and dubbed \"Otoku\" or \"bargain\", has had almost 100,000 users."
        ))
        .iter()
        .all(|f| f.2.as_deref() != Some("service")),
    );
    // Nor does a rise that shows a rise.
    assert!(
        found(&article(
            "News",
            "The seasonally adjusted rise showed a smaller rise than expected, as job measures took effect."
        ))
        .is_empty()
    );
}

#[test]
fn a_place_that_opens_the_sentence_is_not_its_subject() {
    assert_eq!(
        speakers(
            "Inside the hotel conference center, Trump on Tuesday dismissed Scott Walker as an \
             ineffective leader, arguing that the governor has been a poor steward."
        ),
        [named("Trump"), named("Trump")]
    );
}

#[test]
fn a_headline_s_place_before_a_surname_gives_way_to_the_text_s_given_name() {
    let a = article(
        "Teen girl pepper-sprayed outside Wisconsin Trump rally",
        "As Donald Trump prepared to speak, police arrested a man.\n\n\
         Trump said the governor had been a poor steward.",
    );
    let speakers: Vec<Option<String>> = found(&a).into_iter().map(|(_, _, s)| s).collect();
    assert_eq!(speakers.last(), Some(&named("Donald Trump")), "{speakers:?}");
}

#[test]
fn a_constituent_is_a_role_before_a_name() {
    assert_speaker("\"That is treason,\" said Cruz constituent Dan Golvach.", "Dan Golvach");
}

#[test]
fn a_role_in_capitals_or_after_whom_it_serves_is_the_one_person_named() {
    assert_eq!(
        speakers(
            "Robert Kilroy-Silk has quit the party.\n\n\
             The MEP said he was ashamed to have joined it."
        ),
        [named("Robert Kilroy-Silk")]
    );
    assert_eq!(
        speakers(
            "Carlos Saldarriaga works in Peru.\n\n\
             The Cepes researcher recalls that it was necessary to build a road."
        ),
        [named("Carlos Saldarriaga")]
    );
}

#[test]
fn the_company_is_a_name_of_capitals_its_own_its_showed_a_thing() {
    assert_eq!(
        speakers(
            "First National Supermarkets said its annual sales are running at a rate of 1.58 billion dlrs.\n\n\
             The company said it is commencing a four-year capital program."
        ),
        vec![named("First National Supermarkets"); 2]
    );
}

#[test]
fn it_is_the_body_whose_partial_quotation_called_it_it() {
    assert_eq!(
        speakers(
            "The Japanese Embassy said in a statement it was \"deeply disappointed\" by the tariffs.\n\n\
             It said Japan had been fully implementing the pact."
        ),
        vec![named("Japanese Embassy"); 2]
    );
}

#[test]
fn he_opening_a_sentence_is_the_one_person_introduced_as_a_source_since() {
    assert_eq!(
        speakers(
            "Analyst Ian Fogg of Jupiter Research liked it. Said Mr Fogg: \"It is very much a computer.\" \
             One dissenting opinion came from Brian Gammage, vice-president of research at analysts \
             Gartner. He said: \"I do not think it changes the world.\""
        ),
        [named("Ian Fogg"), named("Brian Gammage")]
    );
    // Not someone a question named.
    assert_eq!(
        speakers(
            "Ban Ki-moon said the deal was a triumph.\n\n\
             Asked whether Donald Trump, the presumptive nominee, could be president, Ban demurred.\n\n\
             He said: \"There is just one science.\""
        )
        .last(),
        Some(&named("Ban Ki-moon"))
    );
}

#[test]
fn a_country_a_lowercase_role_is_for_is_no_part_of_the_name() {
    assert_eq!(
        speakers(
            "Daiwa plans to open a Canadian company, Daiwa general manager for Canada Hajimu \
             Watanabe told Reuters.\n\n\"This is a prelude,\" Watanabe said."
        ),
        [named("Hajimu Watanabe"), named("Hajimu Watanabe")]
    );
}

#[test]
fn inside_and_outside_open_no_name() {
    assert_speaker(
        "Outside of Court, Eder's lawyer, Milton Gould, said his client was not involved.",
        "Milton Gould",
    );
}

#[test]
fn where_a_person_is_from_is_no_speaker_of_the_relative_clause() {
    assert_eq!(
        speakers(
            "\"I am going to vote for Bernie,\" said Nicky Driscoll, 24, from Manchester, who said \
             Sanders is best suited to get corporate money out of government."
        ),
        vec![named("Nicky Driscoll"); 2]
    );
}

#[test]
fn a_name_a_preposition_takes_up_to_ten_words_back_is_no_speaker() {
    assert_not_credited(
        "Hillary Clinton spoke on Friday. In an interview with Morning Joe hosts Joe Scarborough \
         and Mika Brzezinski, the Democratic presidential candidate stated that the remarks were divisive.",
        "Mika Brzezinski",
    );
}

#[test]
fn a_past_participle_describing_the_object_of_a_verb_in_ing_is_no_cue() {
    assert!(
        found(&article(
            "News",
            "Mr Mallon toured the region highlighting claimed improvements to transport."
        ))
        .is_empty()
    );
    // Not after a subject's participle, before what was said.
    assert_speaker(
        "Some delegates attending complained that the showcase lacked any wow factor.",
        "some delegates attending",
    );
}

#[test]
fn a_number_of_people_after_an_opening_is_the_sentence_s_subject() {
    assert_eq!(
        speakers(
            "Outside the sports arena in downtown Washington, about 200 protesters congregated in \
             three clusters, holding signs and chanting \"Dump Trump.\""
        ),
        [named("about 200 protesters")]
    );
}

#[test]
fn a_capitalised_adverb_in_ly_is_no_word_of_a_name() {
    assert_speaker("Privately ministers say the cuts will be less painful.", "ministers");
    let a = article(
        "Republicans Finally Confirmed A Judge",
        "It's been two months since Republicans confirmed a judge.",
    );
    let speakers: Vec<Option<String>> = found(&a).into_iter().map(|(_, _, s)| s).collect();
    assert!(speakers.iter().all(|s| s.as_deref() != Some("Republicans Finally")), "{speakers:?}");
}

#[test]
fn a_number_after_a_determiner_goes_on_to_the_source_s_noun() {
    assert_speaker(
        "According to the 1986 annual report, the company will build and lease the ships.",
        "1986 annual report",
    );
    assert_speaker(
        "According to the 230 mln stg contract, the company will build and lease the ships.",
        "230 mln stg contract",
    );
}

#[test]
fn an_office_no_one_was_given_continues_whom_the_sentence_before_opened_with() {
    assert_eq!(
        speakers(
            "Oliver Letwin, for the Tories, attacked government red tape, dubbing Mr Brown \
             \"Sir Wastealot\". The shadow chancellor said the golden rule had \"turned to dross\"."
        )
        .last()
        .cloned()
        .flatten()
        .as_deref(),
        Some("Oliver Letwin")
    );
    assert_eq!(
        speakers(
            "Marco Rubio stopped by his campaign headquarters to give a pep talk to volunteers. \
             Walking into the office, the senator said his campaign was \"closing really strong.\""
        ),
        [named("Marco Rubio")]
    );
    // Not when the role is set against that one, nor after someone else
    // opened a clause, nor after a question someone asked.
    assert_not_credited(
        "Gordon Brown has criticised a union leader. Jonathan Baume, of the civil servants' \
         union, spoke of \"competing agendas\" at the top. But the chancellor said Mr Baume was \
         never at meetings between the two men.",
        "Jonathan Baume",
    );
    assert_not_credited(
        "Tony Blair has had the chance to tackle the problems and has failed, Michael Howard \
         has said. \"Britain is heading in the wrong direction,\" the Conservative leader said.",
        "Tony Blair",
    );
    assert_eq!(
        speakers(
            "Bernie Sanders spoke to CNN. \"That would be you?\" Gloria Borger asked. \"That \
             would be me, yes,\" the senator said."
        )
        .last(),
        Some(&named("senator"))
    );
}

#[test]
fn mr_and_a_given_name_is_a_surname() {
    assert_not_credited(
        "Howard Flight was sacked last week. Mr Howard insisted he had played by the rules.",
        "Howard Flight",
    );
    // One whose surname comes first keeps it.
    assert_eq!(
        speakers("Lou Jiwei spoke in Beijing. Mr. Lou said the talks had gone well."),
        [named("Lou Jiwei")]
    );
}

#[test]
fn an_attack_after_a_date_a_people_or_a_place_is_a_noun() {
    let none = Vec::<String>::new();
    assert_eq!(words("Paris attacks test Clinton's strategy on terrorism."), none);
    assert_eq!(
        words("Losses eclipsed 2001, when the 11 September attacks pushed claims up to $37bn."),
        none
    );
    assert_eq!(words("The last confirmed Iraqi attack took place on March eight."), none);
    // The verb stays: whom it takes follows it.
    assert_speaker(
        "In her speech, Clinton attacks Trump's foreign policy inexperience.",
        "Clinton",
    );
    assert_eq!(
        words("In her speech, she attacks rival's foreign policy inexperience."),
        ["rival's foreign policy inexperience"]
    );
}

#[test]
fn a_source_by_its_description_runs_to_the_comma() {
    assert_speaker(
        "According to its latest accounts, Media Lab Europe spent 8.16 million euros in 2003.",
        "its latest accounts",
    );
    // Not past an owner, who speaks through it.
    assert_speaker(
        "According to a text of Stoltenberg's speech, the minister also urged closer ties.",
        "Stoltenberg",
    );
}

#[test]
fn proponents_and_backers_are_sources() {
    assert_speaker(
        "Other proponents of the bill said it was a good compromise.",
        "other proponents of the bill",
    );
    assert_speaker(
        "The new platform's backers hope to emulate the success of Freeview.",
        "new platform's backers",
    );
}

#[test]
fn a_participle_after_an_adverb_and_a_preposition_describes_a_noun() {
    assert_eq!(
        words("Computers get cluttered with poorly written Steam-type systems that batter people."),
        Vec::<String>::new()
    );
}

#[test]
fn a_country_s_word_continues_whom_the_sentence_before_opened_with() {
    assert_eq!(
        speakers(
            "Andre Agassi was delighted with victory over Massu in his first match. \"I felt \
             pretty good,\" said the American."
        ),
        [named("Andre Agassi")]
    );
    assert_eq!(
        speakers(
            "Everton manager David Moyes will discipline striker James Beattie for his headbutt \
             on Chelsea defender William Gallas.  The Scot initially defended Beattie, saying \
             Gallas overreacted."
        ),
        [named("David Moyes"), named("David Moyes")]
    );
    // Not one of another country.
    assert_not_credited(
        "Dutchman Ruud van Nistelrooy was fit again. \"I felt pretty good,\" said the American.",
        "Ruud van Nistelrooy",
    );
}

#[test]
fn an_adverb_and_a_participle_after_a_determiner_describe_the_source() {
    assert_eq!(
        first_mention(
            "According to the recently released Trump University playbook, his salespersons \
             were told to sell feelings."
        ),
        "the recently released Trump University playbook"
    );
}

/// The speaker mention of the first statement in `body`.
fn first_mention(body: &str) -> String {
    let a = article("News", body);
    extract_statements(&a, 0).first().map(|s| mention(&a, s)).unwrap_or_default()
}

#[test]
fn a_first_person_quotation_with_no_cue_is_the_subject_s_before_it() {
    assert_eq!(
        speakers(
            "Scott Perry, a 23-year-old teacher from New Zealand, shares a twin-room in Tokyo.     \
             Perry has budgeted 26 to 33 dlrs a day while he looks for work. \"Normally I eat \
             'teishoku' for 400 yen.\""
        ),
        [named("Scott Perry")]
    );
    // Not in the third person, nor after two subjects or an adverb.
    assert_eq!(speakers("Mauresmo spent five weeks at number one. \"The game is there.\""), [None]);
    assert_eq!(
        speakers(
            "Citizens and Canal ended up owning about 1,250 slaves. \"We all know slavery \
             existed in our country.\""
        ),
        [None]
    );
    assert_eq!(
        speakers("Possibly a very American analogy. \"The basic point is that we stay.\""),
        [None]
    );
}

#[test]
fn a_government_s_seat_is_no_one_it_titles() {
    assert_eq!(
        speakers(
            "White House press secretary Josh Earnest spoke on Monday. The White House urged \
             Silicon Valley to find a compromise."
        ),
        [named("White House")]
    );
    assert_eq!(
        speakers(
            "House Speaker Jim Wright spoke on Monday. The White House said a tax increase is \
             not needed."
        ),
        [named("White House")]
    );
}

#[test]
fn a_counselor_is_a_title() {
    assert_speaker(
        "Yugoslavia will tender April 14 for wheat, the U.S. Agriculture Department's Counselor \
         in Belgrade said in a field report.",
        "U.S. Agriculture Department's Counselor",
    );
}

#[test]
fn draws_and_lives_claimed_are_no_words() {
    assert_eq!(
        words("The Republic look to have an edge after claiming away draws in Basel and Paris."),
        Vec::<String>::new()
    );
    assert_eq!(
        words("The tremor claimed at least 300 lives and caused 4,000 persons to disappear."),
        Vec::<String>::new()
    );
    // A point in time is no prize.
    assert_eq!(
        words("Mr. Carson claimed at one point that China was becoming involved in Syria."),
        ["China was becoming involved in Syria"]
    );
}

#[test]
fn cate_is_a_woman_s_name_and_jamie_a_man_s() {
    let body = "Cate Blanchett said her award was \"an indescribable surprise and honour\". Of \
                Hepburn, she said: \"The longevity of her career is inspiring to everyone.\" \
                And Jamie Foxx, who had two nominations this year, paid tribute to Ray Charles, \
                and thanked director Taylor Hackford. \"You took a chance, man,\" he said.";
    assert_eq!(speakers(body).last(), Some(&named("Jamie Foxx")));
}

#[test]
fn employers_are_a_source_where_they_are() {
    assert_speaker(
        "Engineering industry employers in North Rhine-Westphalia state said they made an \
         unprecedented offer.",
        "employers in North Rhine-Westphalia state",
    );
    assert_speaker(
        "The two sides agreed, employers' spokesman Gerard Zeebregts said.",
        "Gerard Zeebregts",
    );
}

#[test]
fn a_credit_turned_round_with_no_comma_may_be_any_plain_verb() {
    assert_one(
        "Many are fed up but this could be just the tip of the iceberg thinks Tim Danton, \
         editor of PC Pro Magazine.",
        "Many are fed up but this could be just the tip of the iceberg",
        "Tim Danton",
    );
}

#[test]
fn a_speaker_before_the_quotation_is_the_one_at_the_place() {
    assert_eq!(
        direct_mention(
            "One senior corporate finance manager in Riyadh said: \"Banks are still reluctant \
             to lend.\""
        )
        .as_deref(),
        Some("One senior corporate finance manager in Riyadh")
    );
    assert_eq!(
        direct_mention(
            "An EC negotiator taking part in the three-day talks said: \"We wanted the \
             territorial clause in, but Comecon said no.\""
        )
        .as_deref(),
        Some("An EC negotiator taking part in the three-day talks")
    );
    // Not back to a pronoun's verb: the claims are Labour's.
    assert_eq!(
        direct_mention(
            "And he hit back at Labour claims he had used Mrs Dixon as a \"human shield\"."
        )
        .as_deref(),
        None
    );
    assert_speaker(
        "And he hit back at Labour claims he had used Mrs Dixon as a \"human shield\".",
        "Labour",
    );
}

#[test]
fn a_person_before_where_they_work_speaks_past_what_the_body_is() {
    assert_speaker(
        "Philip Augar of stockbrokers Wood Mackenzie and Co Ltd said the market expects slower \
         profit growth.",
        "Philip Augar",
    );
    assert_speaker(
        "Jose Melicias from the research department of Drexel Burnham Lambert said the debt \
         situation was a major consideration.",
        "Jose Melicias",
    );
    assert_speaker(
        "Dr Erel Avineri, of the Centre for Transport and Society at the University of the \
         West of England in Bristol said: \"The design is not completely adjusted.\"",
        "Erel Avineri",
    );
    assert_speaker(
        "New York analyst William Raferty, of Smith Barney Harris Upham said \"We're still in a \
         bull market.\"",
        "William Raferty",
    );
    // With no comma, a name whose given name is not known may be a body's.
    assert_speaker(
        "The Federal Reserve Bank of New York said reserves rose.",
        "Federal Reserve Bank of New York",
    );
}

#[test]
fn a_credit_after_the_quotation_keeps_the_word_that_describes_its_noun() {
    assert_eq!(
        direct_mention("\"I think I played better,\" said the top seed.").as_deref(),
        Some("the top seed")
    );
    assert_eq!(
        direct_mention("\"It will not be a pretty game,\" said the lock forward.").as_deref(),
        Some("the lock forward")
    );
    assert_speaker(
        "Schools must improve the quality of citizenship lessons, says the education watchdog.",
        "education watchdog",
    );
    // Not a verb's object before its own credit: "underline the firmer
    // sentiment, it said".
    assert_not_credited(
        "These factors underline the firmer sentiment, it said.",
        "firmer sentiment",
    );
}

#[test]
fn a_pronoun_stands_for_whom_an_opening_clause_of_when_names() {
    let body = "\"She is good,\" said Agriculture Secretary Tom Vilsack. But as Mr. Sanders \
                campaigned on Friday in Washington, Iowa, he stuck firmly to his outsider \
                message. \"I like this Washington more than the other Washington,\" he said.";
    assert_eq!(speakers(body).last(), Some(&named("Sanders")));
    assert_speaker(
        "As Donald Trump began tweeting out his new nickname for Hillary Clinton, his son said \
         The Donald is just getting started.",
        "Donald Trump's son",
    );
    // Not a condition's: the one who spoke before.
    let body = "\"I wouldn't vote for her,\" Jim Bennett explained. If Trump doesn't become the \
                Republican nominee, he said he would settle for one of his rivals.";
    assert_eq!(speakers(body).last(), Some(&named("Jim Bennett")));
}

#[test]
fn a_programme_called_a_show_shows_nothing() {
    assert_eq!(
        words(
            "TV talent show The X Factor is to return for a second series after being \
             recommissioned by ITV."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        words("His wife Sharon appears in the popular MTV show based on the family's life."),
        Vec::<String>::new()
    );
    assert_speaker(
        "Mr Blair told Five's Wright Stuff show: \"Let's just apologise and move on.\"",
        "Blair",
    );
    // What figures show is said.
    assert_speaker(
        "Preliminary figures for May show M-3 at 83.24 billion rand.",
        "Preliminary figures",
    );
}

#[test]
fn a_dealer_house_is_what_it_stands_for() {
    let body = "World stocks of silver are large, the dealer house Handy and Harman said. The \
                house estimated that the industry withdrew 20,000,000 ounces of silver from \
                stocks. However, world stocks are huge, it said.";
    assert_eq!(speakers(body).last(), Some(&named("house")));
}

#[test]
fn it_after_words_whose_subject_says_nothing_is_the_sentence_before_s() {
    let body = "The CPB forecast 2.5 pct export growth in volume terms in 1987. Excluding energy \
                exports, the 1987 figure would be two pct, it said.";
    assert_eq!(speakers(body).last(), Some(&named("CPB")));
    let body = "Microsoft's Windows is heavily exploited by virus writers. The company is trying \
                to tackle security threats. Software piracy has cost the company billions, it \
                says.";
    assert_eq!(speakers(body).last(), Some(&named("company")));
    // Not when the credit sits inside its sentence.
    let body = "The letter was signed by four managers. Iowa Beef closed the plant because, it \
                said, it had no alternative.";
    assert_not_credited(body, "letter");
}

#[test]
fn someone_named_by_a_given_name_alone_is_a_person() {
    let body = "The woman who started it all identified herself to CNN as a 52-year-old Salem, \
                N.H., resident named Caroline. \"He truly cares about the American people,\" she \
                said of Trump.";
    assert_eq!(speakers(body), [named("Caroline")]);
}

#[test]
fn they_after_a_partial_quotation_is_the_sentence_s_makers() {
    let body = "The TV display manufacturers want us to watch HD on screens that are at least 42in \
                (106cm), to get the \"true impact\" of HD, they say, although smaller displays \
                suffice.";
    assert_eq!(speakers(body), [named("TV display manufacturers")]);
}

#[test]
fn the_lead_s_source_is_whom_the_next_sentence_names() {
    let body = "Black miners have brought wives and children to live with them at seven South \
                African coal mines, a union leader said today. Cyril Ramaphosa told a news \
                conference about 600 wives and children moved into the hostels last weekend.";
    assert_eq!(speakers(body), [named("Cyril Ramaphosa"), named("Cyril Ramaphosa")]);
    let body = "The UK and US must realise they cannot prevent all terror attacks, says a top \
                academic. Amitai Etzioni, a key influence on New Labour thinking, says the US \
                emphasis on an \"Axis of Evil\" is misplaced.";
    assert_eq!(speakers(body).first(), Some(&named("Amitai Etzioni")));
    // Through a quotation in the lead.
    let body = "The German music business is \"in the state of a zombie\", a leading industry \
                figure has said.\n\nTim Renner, the head of Universal Music Germany until last \
                year, told BBC World Service that the industry was struggling.";
    assert_eq!(speakers(body).first(), Some(&named("Tim Renner")));
    // Not one the lead's words name, nor an outlet that reported it.
    let body = "Eduardo Lizano has tendered his resignation, a central bank spokesman said. \
                Eduardo Lizano said he will teach.";
    assert_eq!(speakers(body).first(), Some(&named("a central bank spokesman")));
    let body = "Isuzu Motors Ltd has no plans to import cars made by General Motors, an Isuzu \
                spokesman told Reuters. The Japanese daily Yomiuri Shimbun reported that Isuzu \
                had decided to import cars.";
    assert_eq!(speakers(body).first(), Some(&named("an Isuzu spokesman")));
}

#[test]
fn they_is_the_group_credited_latest_in_the_text() {
    // The committee's act is nested in what the sources said: it comes
    // later in the list, earlier in the text.
    let body = "The EC Commission cereals management committee rejected all bids for licences \
                to export free market Spanish barley, trade sources said. The licence requests \
                were for 35,000 tonnes, they said.";
    assert_eq!(speakers(body).last(), Some(&named("trade sources")));
}

#[test]
fn they_credit_after_words_whose_subject_said_them_is_that_subject() {
    let body = "An Agriculture Ministry survey has estimated the crop at 2.14 mln tonnes. \
                Ministry officials said the decline was due to bad weather, which cut the \
                land under cane, they said. The final output will be announced in June, they \
                said.";
    let found = speakers(body);
    assert_eq!(found.get(1), Some(&named("ministry officials")));
    assert_eq!(found.last(), Some(&named("ministry officials")));
}

#[test]
fn a_thing_added_to_another_or_a_contest_conceded_is_no_statement() {
    for body in [
        "OutKast will add their awards to the four they won at the US MTV Awards in August.",
        "Continental Airlines said it will add a fourth daily nonstop to New York.",
        "John Kerry conceded defeat on Wednesday, abandoning last-ditch hopes of carrying Ohio.",
        "When Ireland conceded a penalty close to their own line, Scotland kicked it to touch.",
        "Bernie Sanders called Hillary Clinton on Saturday, conceding the race in Nevada.",
    ] {
        assert!(
            !words(body).iter().any(|w| w.starts_with("their awards")
                || w.starts_with("a fourth")
                || w.starts_with("defeat")
                || w.starts_with("a penalty")
                || w.starts_with("the race")),
            "{body}: {:?}",
            words(body)
        );
    }
    // Words added still are, with a clause after the thing.
    assert_one(
        "Qintex America Ltd added a supplement to the offer will be distributed later today.",
        "a supplement to the offer will be distributed later today",
        "Qintex America Ltd",
    );
    assert_one(
        "Johnson added U.S. allies look very strongly to a budget deficit cut.",
        "U.S. allies look very strongly to a budget deficit cut",
        "Johnson",
    );
}

#[test]
fn an_article_alone_is_no_speaker() {
    let body = "The World Health Organisation (WHO) said 700,000 people were on drugs. A $2bn \
                \"funding gap\" still stood in the way of hitting the target, the WHO said.";
    assert!(!speakers(body).contains(&named("the")), "{:?}", speakers(body));
}

#[test]
fn a_nickname_after_a_line_break_is_part_of_the_name() {
    let body = "Phillips Petroleum Co will emphasize improving its cash flow,\nC.J. \"Pete\" \
                Silas, chairman, told Reuters in an interview.";
    assert!(!words(body).contains(&"Pete".to_string()), "{:?}", words(body));
    assert_eq!(speakers(body).first(), Some(&named("C.J. Pete Silas")));
}

#[test]
fn the_region_after_a_speaker_s_town_is_where_not_who() {
    assert_speaker("Mr Mubanga, 32, from Wembley, London, said he was interrogated.", "Mubanga");
    assert_speaker(
        "One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said he was innocent.",
        "David Redvers",
    );
    // Not a time that opens the sentence before someone.
    assert_speaker(
        "In October, Mrs. Clinton, the Democratic nominee, said she backed a no-fly zone.",
        "Clinton",
    );
}

#[test]
fn a_long_role_credit_after_a_comma_closes_the_reported_clause() {
    let body = "Uruguayan suppliers have agreed to supply Taiwan with only 25,000 tonnes of \
                soybeans, a spokesman for the joint committee of Taiwan's soybean importers told \
                Reuters. He said a rise in world prices had made the Uruguayans reluctant.";
    let spokesman = named("a spokesman for the joint committee of Taiwan's soybean importers");
    let found = speakers(body);
    assert!(found.first() == Some(&spokesman), "{found:?}");
    assert_eq!(found.last(), Some(&spokesman));
    assert!(
        words(body).contains(&"to supply Taiwan with only 25,000 tonnes of soybeans".to_string()),
        "{:?}",
        words(body)
    );
}

#[test]
fn they_may_stand_for_two_people_joined_or_a_party_that_says() {
    let body = "Treasurer Paul Keating said the deficit would fall. Keating and Prime Minister \
                Bob Hawke have promised not to increase taxes, but rejected any tax cuts. Instead they called for wage restraint to help overcome \
                foreign debt problems.";
    assert_eq!(speakers(body).last(), Some(&named("Keating and Prime Minister Bob Hawke")));
    let body = "The Tories said the Budget was leaked in what they describe as a \"serious \
                breach of Treasury confidentiality\".";
    assert_eq!(speakers(body), [named("Tories")]);
    // Not a thing that goes on before its sources.
    let body = "Moderate bookings continued in new crop soybeans, traders said. Movement was \
                expected to slow, they said.";
    assert_eq!(speakers(body).last(), Some(&named("traders")));
}

#[test]
fn it_closing_a_sentence_may_be_a_body_that_spoke_by_its_noun() {
    let body = "Dry weather stressed Moroccan winter grains, the agency said. Light to moderate \
                rain spread from northern Thailand to Northern Vietnam. Dry weather covered \
                winter grain areas in Algeria, but soil moisture was likely adequate, it said.";
    assert_eq!(speakers(body).last(), Some(&named("agency")));
}

#[test]
fn every_company_suffix_makes_a_name_a_company_s() {
    let body = "Pharmacia AB raised its earnings forecast to one billion crowns in 1987. Sales \
                would go up to six billion crowns, it said.";
    assert_eq!(speakers(body).last(), Some(&named("Pharmacia AB")));
}

#[test]
fn began_before_a_verb_in_ing_that_does_something_else_credits_nothing() {
    let body = "Bob Smith said he began calling Libyan groups and making an effort to \"help get \
                eyes up,\" a reference to surveillance drones.";
    assert_eq!(speakers(body), [named("Bob Smith")]);
    let body = "Though Sanders began organizing far later than Clinton, he recently deployed paid \
                staff to all 11 of the \"Super Tuesday\" states.";
    assert!(!words(body).contains(&"Super Tuesday".to_string()), "{:?}", words(body));
    // Talking goes on with words.
    let body = "Sanders laid off more than 200 staffers and began talking about what will happen \
                \"if we do not win.\"";
    assert_eq!(speakers(body), [named("Sanders")]);
}

#[test]
fn what_a_player_is_before_the_name_after_a_credit_is_part_of_it() {
    assert_speaker("\"It is always a problem,\" said Spanish teenager Nadal.", "Nadal");
    assert_speaker(
        "\"I had intended to race,\" said Scottish sprinter Dougie Walker.",
        "Dougie Walker",
    );
}

#[test]
fn the_names_a_list_sets_off_before_the_verb_are_not_the_speaker() {
    assert_speaker(
        "The G-7, comprising the U.S., Japan, West Germany, Britain, France, Italy and \
         Canada, said it would monitor policies.",
        "G-7",
    );
    assert_speaker(
        "The oil companies, Amoco Corp <AN>, ARCO, Exxon Corp <XON>, Sohio, Texaco Inc <TX> \
         and Union Oil, had said that voiding leases would result in losses.",
        "oil companies",
    );
    // One name set off after a role is still the speaker.
    assert_speaker(
        "Hollywood's honorary mayor, Johnny Grant, said he proclaimed Godzilla Day.",
        "Johnny Grant",
    );
}

#[test]
fn a_name_a_place_opens_may_be_it() {
    let body = "Iowa Beef locked out its workers. Iowa Beef had closed the plant indefinitely in \
                mid-December because it said it had no alternative.";
    assert_eq!(speakers(body).last(), Some(&named("Iowa Beef")));
}

#[test]
fn it_is_not_the_first_of_words_and_joins() {
    let body = "Reuters cut its debt to 160m pounds. The news and financial data seller said the \
                year had begun well. It added it was planning to deliver savings.";
    assert!(!speakers(body).contains(&named("news")), "{:?}", speakers(body));
}

#[test]
fn what_a_business_does_joined_by_and_stays_in_its_phrase() {
    let body = "CRA Ltd reported higher earnings. The mining and smelting group said 1986 net \
                earnings rose to 138.2 mln dlrs.";
    assert_eq!(speakers(body).last(), Some(&named("CRA Ltd")));
    let body = "The Commons work and pensions committee said the agency should be wound up.";
    assert_eq!(speakers(body), [named("Commons work and pensions committee")]);
    // Two things joined are not one phrase.
    let body = "No statement was made after the meeting and officials declined to comment on \
                any decisions made.";
    assert!(!speakers(body).contains(&named("meeting and officials")), "{:?}", speakers(body));
}

#[test]
fn a_given_name_tells_gender_before_the_role_spokesman_does() {
    let body = "Air Canada said it agreed to acquire Gelco's Canadian courier unit, spokesman \
                Esther Szynkarsky said. It did not disclose financial terms, but Szynkarsky said \
                the two acquisitions totalled about 90 mln dlrs. She said the acquisition fit \
                with Air Canada's strategy.";
    assert_eq!(speakers(body).last(), Some(&named("Esther Szynkarsky")));
}

#[test]
fn two_groups_of_people_joined_speak_together() {
    assert_speaker(
        "But business leaders and economic analysts say there are growing signs of a downturn.",
        "business leaders and economic analysts",
    );
    assert_speaker(
        "The Taiwan dollar has strengthened since September and some bankers and economists \
         said it could appreciate by the end of the year.",
        "some bankers and economists",
    );
    // Not texts joined to people.
    let body = "Media reports and party sources described the push as nearly impossible.";
    assert!(
        !speakers(body).contains(&named("Media reports and party sources")),
        "{:?}",
        speakers(body)
    );
}

#[test]
fn an_auxiliary_opening_a_question_is_no_name_s_word() {
    let a = article(
        "Can Yahoo dominate next decade?",
        "For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error. \"They made a \
         big mistake,\" he said.",
    );
    let found: Vec<_> = extract_statements(&a, 0).into_iter().map(|s| s.speaker).collect();
    assert_eq!(found, [named("Olivier Beauvillain")]);
}

#[test]
fn the_one_for_whom_a_sentence_opens_is_its_subject() {
    let body = "\"It is interesting,\" Olivier Beauvillain said. But for Allen Weiner, a research \
                director at Gartner, the future of search is not about technology. \"Search \
                technology is valuable,\" he said.";
    assert_eq!(speakers(body).last(), Some(&named("Allen Weiner")));
}

#[test]
fn a_clause_with_no_article_follows_the_adverbial_of_said() {
    assert_one(
        "Koehler said in a speech in Surrey, England, speculative capital inflows may cause \
         monetary growth.",
        "in a speech in Surrey, England, speculative capital inflows may cause monetary growth",
        "Koehler",
    );
    assert_one(
        "Piedmont said in the first four months of 1987, total cargo load increased 30 pct.",
        "in the first four months of 1987, total cargo load increased 30 pct",
        "Piedmont",
    );
    // Not a participle's noun, nor past a missing full stop.
    assert_not_credited(
        "Under the settlement announced in January, Marsh took a pre-tax charge of $618m.",
        "settlement",
    );
    assert_eq!(
        words(
            "Officials told Reuters In Australia, concern is growing about below-average \
             rainfall."
        )
        .len(),
        0
    );
}

#[test]
fn a_clause_with_no_article_follows_a_day_after_said() {
    assert_one(
        "Chad's military high command said today troops killed 1,269 Libyan soldiers.",
        "troops killed 1,269 Libyan soldiers",
        "Chad's military high command",
    );
    assert_one(
        "Officials said last week Bangladesh now has only 390,000 tonnes of grain in stock.",
        "Bangladesh now has only 390,000 tonnes of grain in stock",
        "officials",
    );
    // Not a preposition's noun, nor the verb of a relative clause.
    assert_eq!(
        words(
            "The allocation compensates for public funds which the Bundesbank added last week \
             via government-owned banks."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_subject_past_an_aside_says_a_clause_of_a_noun_and_its_verb() {
    assert_one(
        "The report for 1986, issued last week, said the reduction started to bite.",
        "the reduction started to bite",
        "report",
    );
    assert_one(
        "The experts, gathering ahead of an ITTO meeting near Tokyo next week, said the problem \
         is already acute.",
        "the problem is already acute",
        "experts",
    );
    // An adjective before a participle is no subject.
    assert_not_credited(
        "Canadian published reports, quoting government sources, say the two countries are \
         close to reaching a trade deal.",
        "Canadian",
    );
}

#[test]
fn a_unit_after_the_marked_name_of_its_owner_speaks() {
    assert_one(
        "<Grand Metropolitan PLC>'s Heublein Inc subsidiary said it will phase out operations at \
         Almaden's San Jose winery.",
        "it will phase out operations at Almaden's San Jose winery",
        "Heublein Inc subsidiary",
    );
    assert_one(
        "Swiss-based <Nestle S.A.>'s Nestle Enterprises Ltd unit said it signed a letter of \
         intent.",
        "it signed a letter of intent",
        "Nestle Enterprises Ltd unit",
    );
}

#[test]
fn a_clause_with_no_article_follows_the_text_it_was_said_in() {
    assert_one(
        "The association said in a statement deposit rates have also been increased by 1/4 \
         percentage point.",
        "deposit rates have also been increased by 1/4 percentage point",
        "association",
    );
    assert_one(
        "The company said in a statement 1986 results were affected by the sharp fall in crude \
         oil prices.",
        "1986 results were affected by the sharp fall in crude oil prices",
        "company",
    );
}

#[test]
fn a_statement_nested_in_another_leaves_the_outer_one_whole() {
    let body = "Mr DiPiazza said the interviews with chief executives suggested that companies had \
                \"adjusted\" to the new reality of a strong euro.";
    assert_eq!(
        found(&article("News", body)).first(),
        Some(&(
            Kind::Indirect,
            "the interviews with chief executives suggested that companies had \"adjusted\" to \
             the new reality of a strong euro"
                .to_string(),
            named("DiPiazza")
        ))
    );
    assert_eq!(words(body).len(), 2);
    // The speaker's own word for a thing is one statement of theirs.
    assert_eq!(
        words(
            "The foreign policy chief added that the bloc was preparing what she called a \
             \"security package\" for the day after a ceasefire."
        )
        .len(),
        1
    );
}

#[test]
fn a_sum_opens_a_reported_clause() {
    assert_one(
        "But Mr Brown said £2bn savings had already been made.",
        "£2bn savings had already been made",
        "Brown",
    );
}

#[test]
fn a_phrase_its_auxiliary_follows_after_warned_is_the_clause_s_subject() {
    assert_one(
        "All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents \
         yet.",
        "the Lions will be his most fearsome opponents yet",
        "Tama Umaga",
    );
    assert_one(
        "Continental Airlines warned it could run out of cash.",
        "it could run out of cash",
        "Continental Airlines",
    );
}

#[test]
fn a_debate_s_moderator_is_a_title() {
    assert_speaker(
        "Moderator Bret Baier asked why he decided to attack Trump personally.",
        "Bret Baier",
    );
    assert_speaker(
        "Co-moderator Andrea Mitchell asked Sanders why he has criticized the former president.",
        "Andrea Mitchell",
    );
}

#[test]
fn it_is_the_body_past_one_who_speaks_for_it() {
    let body = "Unemployment fell to 2.79 pct in March, the government statistics department \
                said. A department official said the decline was due to rising employment. The \
                labour force fell to 8.03 mln in March, it said.";
    assert_eq!(speakers(body).last(), Some(&named("government statistics department")));
}

#[test]
fn a_clause_with_no_article_follows_late_today_or_at_present() {
    assert_one(
        "Greyhound officials told Reuters late today the company hoped for ICC action.",
        "the company hoped for ICC action",
        "Greyhound officials",
    );
    assert_one(
        "Miller said at present people can only guess how much portfolio insurance is in use.",
        "people can only guess how much portfolio insurance is in use",
        "Miller",
    );
}

#[test]
fn the_speaker_s_own_word_inside_what_they_said_is_credited_by_their_verb() {
    let a = article(
        "News",
        "The foreign policy chief Anna Kovacs added that the bloc was preparing what she called a \
         \"security package\" for the day after a ceasefire.",
    );
    let s = extract_statements(&a, 0);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(
        (s[0].kind, s[0].speaker.as_deref(), s[0].cue),
        (Kind::Partial, Some("Anna Kovacs"), Some("added"))
    );
    // Not after a verb that says nothing of its own: "suggest".
    assert_not_credited(
        "The remarks suggest Mr. Trump is railing against what he calls a \"corrupt\" process.",
        "remarks",
    );
}

#[test]
fn a_focusing_word_before_a_quantity_opens_a_reported_clause() {
    assert_one(
        "Kim said only about one mln South Koreans invest in the Seoul market.",
        "only about one mln South Koreans invest in the Seoul market",
        "Kim",
    );
}

#[test]
fn a_subject_before_a_connective_in_commas_speaks() {
    assert_speaker(
        "Malaysian growers, however, said they preferred a free market.",
        "Malaysian growers",
    );
    assert_speaker(
        "Supporters of abortion rights, on the other hand, argued that the ruling will galvanize \
         efforts.",
        "supporters of abortion rights",
    );
}

#[test]
fn a_name_run_together_with_the_outlet_told_opens_the_clause() {
    assert_one(
        "Nancy Tackett told Reuters Kampelman was doing well.",
        "Kampelman was doing well",
        "Nancy Tackett",
    );
    assert_one(
        "David Lammy told BBC News Labour MPs would not get a free vote.",
        "Labour MPs would not get a free vote",
        "David Lammy",
    );
}
