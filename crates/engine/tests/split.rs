//! The automatic split of a pasted draft into clauses: one test per numbering style,
//! nesting, preambles and titles, line ends, markdown, a hard-wrapped licence, and
//! generated documents.

mod common;

use clausewise_engine::split::{
    PREAMBLE, Piece, split, split_with_title, suggested_label, title_line,
};

/// (number, heading, text) of each piece.
fn shape(pieces: &[Piece]) -> Vec<(String, Option<String>, String)> {
    pieces
        .iter()
        .map(|p| (p.number.clone(), p.heading.clone(), p.text.clone()))
        .collect()
}

/// Asserts the split of `input` piece by piece: (number, heading, text).
#[track_caller]
fn expect(input: &str, expected: &[(&str, Option<&str>, &str)]) -> Vec<Piece> {
    let pieces = split(input);
    let want: Vec<(String, Option<String>, String)> = expected
        .iter()
        .map(|(n, h, t)| (n.to_string(), h.map(str::to_string), t.to_string()))
        .collect();
    assert_eq!(shape(&pieces), want, "split of:\n{input}");
    for p in &pieces {
        assert!(
            input.is_char_boundary(p.start),
            "start {} not on a char boundary",
            p.start
        );
    }
    check_lossless(input);
    pieces
}

fn numbers(pieces: &[Piece]) -> Vec<&str> {
    pieces.iter().map(|p| p.number.as_str()).collect()
}

fn kinds(pieces: &[Piece]) -> Vec<Option<&str>> {
    pieces.iter().map(|p| p.kind.as_deref()).collect()
}

// ------------------------------------------------------------------------------------------
// One test per style

#[test]
fn arabic_with_dot() {
    let input = "1. The Seller shall deliver the goods within thirty days.\n\
                 2. The Buyer shall pay the price on delivery.\n\
                 3. Either party may terminate this agreement on notice.\n\
                 4. This agreement is governed by the law of Ireland.\n";
    let pieces = expect(
        input,
        &[
            (
                "1",
                None,
                "The Seller shall deliver the goods within thirty days.",
            ),
            ("2", None, "The Buyer shall pay the price on delivery."),
            (
                "3",
                None,
                "Either party may terminate this agreement on notice.",
            ),
            (
                "4",
                None,
                "This agreement is governed by the law of Ireland.",
            ),
        ],
    );
    assert_eq!(pieces[0].start, 0);
    assert!(input[pieces[2].start..].starts_with("3. Either"));
    assert_eq!(kinds(&pieces), vec![None; 4]);
    assert_eq!(title_line(input), None);
}

#[test]
fn arabic_with_parenthesis() {
    expect(
        "1) Each Party shall notify the other of any breach.\n\
         2) Notices shall be given in writing.\n\
         3) A notice takes effect on receipt.\n",
        &[
            (
                "1",
                None,
                "Each Party shall notify the other of any breach.",
            ),
            ("2", None, "Notices shall be given in writing."),
            ("3", None, "A notice takes effect on receipt."),
        ],
    );
}

#[test]
fn arabic_in_parentheses() {
    expect(
        "(1) This Regulation applies in all Member States.\n\n\
         (2) It enters into force on the twentieth day following its publication.\n\n\
         (3) It is binding in its entirety.\n\n\
         (4) It is directly applicable.\n",
        &[
            ("1", None, "This Regulation applies in all Member States."),
            (
                "2",
                None,
                "It enters into force on the twentieth day following its publication.",
            ),
            ("3", None, "It is binding in its entirety."),
            ("4", None, "It is directly applicable."),
        ],
    );
}

#[test]
fn letters_in_parentheses_with_c_and_d() {
    // (c) and (d) are also roman numerals; their neighbours make them letters.
    let pieces = expect(
        "The Parties agree that:\n\
         (a) the ceasefire begins at midnight;\n\
         (b) heavy weapons are withdrawn within ten days;\n\
         (c) prisoners are exchanged all for all;\n\
         (d) monitoring is carried out by the OSCE.\n",
        &[
            (PREAMBLE, None, "The Parties agree that:"),
            ("a", None, "the ceasefire begins at midnight;"),
            ("b", None, "heavy weapons are withdrawn within ten days;"),
            ("c", None, "prisoners are exchanged all for all;"),
            ("d", None, "monitoring is carried out by the OSCE."),
        ],
    );
    assert_eq!(pieces[0].start, 0);
}

#[test]
fn letters_with_parenthesis() {
    expect(
        "a) the Supplier delivers the software;\n\
         b) the Customer accepts it in writing;\n\
         c) the licence fee is paid in full.\n",
        &[
            ("a", None, "the Supplier delivers the software;"),
            ("b", None, "the Customer accepts it in writing;"),
            ("c", None, "the licence fee is paid in full."),
        ],
    );
}

#[test]
fn letter_list_through_h_i_j_keeps_i_a_letter() {
    let items = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let input: String = items
        .iter()
        .map(|l| format!("({l}) item {l} applies;\n"))
        .collect();
    let pieces = split(&input);
    assert_eq!(numbers(&pieces), items.to_vec());
    assert_eq!(pieces[8].text, "item i applies;");
}

#[test]
fn nested_decimal_only() {
    expect(
        "1.1 The Contractor shall perform the Works.\n\
         1.2 The Works shall be completed by the Completion Date.\n\
         2.1 The Employer shall pay the Contract Price.\n\
         2.2 Payment is due within 30 days of invoice.\n\
         3.1 This Contract is governed by English law.\n",
        &[
            ("1.1", None, "The Contractor shall perform the Works."),
            (
                "1.2",
                None,
                "The Works shall be completed by the Completion Date.",
            ),
            ("2.1", None, "The Employer shall pay the Contract Price."),
            ("2.2", None, "Payment is due within 30 days of invoice."),
            ("3.1", None, "This Contract is governed by English law."),
        ],
    );
}

#[test]
fn nested_decimal_three_levels_with_trailing_dot() {
    expect(
        "1.10.1. The operator keeps a register of inspections.\n\
         1.10.2. The register is open to the authority.\n\
         1.11.1. Each inspection is recorded within two days.\n\
         1.11.2. Records are kept for ten years.\n",
        &[
            (
                "1.10.1",
                None,
                "The operator keeps a register of inspections.",
            ),
            ("1.10.2", None, "The register is open to the authority."),
            (
                "1.11.1",
                None,
                "Each inspection is recorded within two days.",
            ),
            ("1.11.2", None, "Records are kept for ten years."),
        ],
    );
}

#[test]
fn article_with_dash_titles() {
    let pieces = expect(
        "Article 1 — Ceasefire\n\
         The Parties shall cease all hostilities.\n\n\
         Article 2 — Withdrawal\n\
         Heavy weapons shall be withdrawn.\n\n\
         Article 3 — Monitoring\n\
         The OSCE shall monitor the ceasefire.\n\n\
         Article 4 — Entry into force\n\
         This Agreement enters into force on signature.\n",
        &[
            (
                "1",
                Some("Ceasefire"),
                "The Parties shall cease all hostilities.",
            ),
            ("2", Some("Withdrawal"), "Heavy weapons shall be withdrawn."),
            (
                "3",
                Some("Monitoring"),
                "The OSCE shall monitor the ceasefire.",
            ),
            (
                "4",
                Some("Entry into force"),
                "This Agreement enters into force on signature.",
            ),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Article"); 4]);
}

#[test]
fn article_abbreviated_and_references_are_not_clauses() {
    // A wrapped line starting "Article 3 of…" refers to an article; it is not one.
    let pieces = expect(
        "Art. 1. The Act applies to all public bodies.\n\
         Art. 2. Public bodies publish their budgets as required by\n\
         Article 3 of the Constitution.\n\
         Art. 3. The Act enters into force on 1 January.\n",
        &[
            ("1", None, "The Act applies to all public bodies."),
            (
                "2",
                None,
                "Public bodies publish their budgets as required by Article 3 of the Constitution.",
            ),
            ("3", None, "The Act enters into force on 1 January."),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Art."); 3]);
}

#[test]
fn section_with_titles() {
    expect(
        "Section 1. Definitions\n\
         In this Agreement, the following terms apply to both parties.\n\n\
         Section 2. Term\n\
         This Agreement runs for five years from signature.\n\n\
         Section 3. Termination\n\
         Either party may terminate this Agreement on notice.\n",
        &[
            (
                "1",
                Some("Definitions"),
                "In this Agreement, the following terms apply to both parties.",
            ),
            (
                "2",
                Some("Term"),
                "This Agreement runs for five years from signature.",
            ),
            (
                "3",
                Some("Termination"),
                "Either party may terminate this Agreement on notice.",
            ),
        ],
    );
}

#[test]
fn sec_abbreviated_with_titles_ending_in_a_dot() {
    let pieces = expect(
        "Sec. 4. Short title.\n\
         This Act may be cited as the Example Act of 2025.\n\
         Sec. 5. Definitions.\n\
         For purposes of this Act the term agency means an executive agency.\n\
         Sec. 6. Effective date.\n\
         This Act takes effect on January 1.\n",
        &[
            (
                "4",
                Some("Short title"),
                "This Act may be cited as the Example Act of 2025.",
            ),
            (
                "5",
                Some("Definitions"),
                "For purposes of this Act the term agency means an executive agency.",
            ),
            (
                "6",
                Some("Effective date"),
                "This Act takes effect on January 1.",
            ),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Sec."); 3]);
}

#[test]
fn paragraph_sign_with_and_without_space() {
    let pieces = expect(
        "§ 1 Geltungsbereich\n\
         Dieses Gesetz gilt für alle Verträge über Fernabsatz.\n\n\
         § 2 Begriffe\n\
         Im Sinne dieses Gesetzes ist Verbraucher jede natürliche Person.\n\n\
         §3 Inkrafttreten\n\
         Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.\n",
        &[
            (
                "1",
                Some("Geltungsbereich"),
                "Dieses Gesetz gilt für alle Verträge über Fernabsatz.",
            ),
            (
                "2",
                Some("Begriffe"),
                "Im Sinne dieses Gesetzes ist Verbraucher jede natürliche Person.",
            ),
            (
                "3",
                Some("Inkrafttreten"),
                "Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.",
            ),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("§"); 3]);
}

#[test]
fn point() {
    let pieces = expect(
        "Point 12. The monitoring mission reports weekly to the Council.\n\
         Point 13. Reports are published within seven days.\n\
         Point 14. The mission may request access to any site.\n",
        &[
            (
                "12",
                None,
                "The monitoring mission reports weekly to the Council.",
            ),
            ("13", None, "Reports are published within seven days."),
            ("14", None, "The mission may request access to any site."),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Point"); 3]);
}

#[test]
fn clause_upper_case_with_titles() {
    let pieces = expect(
        "CLAUSE 7 CONFIDENTIALITY\n\
         Each party keeps the other party's information confidential.\n\n\
         CLAUSE 8 LIABILITY\n\
         Neither party is liable for indirect loss of any kind.\n\n\
         CLAUSE 9 NOTICES\n\
         Notices are given in writing to the registered office.\n",
        &[
            (
                "7",
                Some("CONFIDENTIALITY"),
                "Each party keeps the other party's information confidential.",
            ),
            (
                "8",
                Some("LIABILITY"),
                "Neither party is liable for indirect loss of any kind.",
            ),
            (
                "9",
                Some("NOTICES"),
                "Notices are given in writing to the registered office.",
            ),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("CLAUSE"); 3]);
}

#[test]
fn chapters_are_the_outer_level_with_articles_inside() {
    expect(
        "Chapter I\n\
         General provisions\n\n\
         Article 1\n\
         This Agreement establishes a free trade area.\n\n\
         Article 2\n\
         The objectives are set out below.\n\n\
         Chapter II\n\
         Trade in goods\n\n\
         Article 3\n\
         Each Party shall accord national treatment.\n\n\
         Chapter III\n\
         Final provisions\n\n\
         Article 4\n\
         This Agreement enters into force on signature.\n",
        &[
            (
                "I",
                Some("General provisions"),
                "Article 1\nThis Agreement establishes a free trade area.\nArticle 2\nThe objectives are set out below.",
            ),
            (
                "II",
                Some("Trade in goods"),
                "Article 3\nEach Party shall accord national treatment.",
            ),
            (
                "III",
                Some("Final provisions"),
                "Article 4\nThis Agreement enters into force on signature.",
            ),
        ],
    );
}

#[test]
fn roman_upper_case_with_dot() {
    expect(
        "I. Introduction\n\
         The parties met in Geneva.\n\n\
         II. Findings\n\
         The mission found no violations.\n\n\
         III. Recommendations\n\
         The mission recommends continued monitoring.\n\n\
         IV. Conclusion\n\
         The report is adopted.\n\n\
         V. Annexes\n\
         The annexes form part of the report.\n",
        &[
            ("I", Some("Introduction"), "The parties met in Geneva."),
            ("II", Some("Findings"), "The mission found no violations."),
            (
                "III",
                Some("Recommendations"),
                "The mission recommends continued monitoring.",
            ),
            ("IV", Some("Conclusion"), "The report is adopted."),
            ("V", Some("Annexes"), "The annexes form part of the report."),
        ],
    );
}

#[test]
fn roman_lower_case_with_parenthesis() {
    expect(
        "i) the buyer pays the price;\n\
         ii) the seller delivers the goods;\n\
         iii) the carrier insures the cargo;\n\
         iv) the agent reports to both.\n",
        &[
            ("i", None, "the buyer pays the price;"),
            ("ii", None, "the seller delivers the goods;"),
            ("iii", None, "the carrier insures the cargo;"),
            ("iv", None, "the agent reports to both."),
        ],
    );
}

#[test]
fn roman_in_parentheses_through_v_and_x() {
    let romans = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
    ];
    let input: String = romans
        .iter()
        .map(|r| format!("({r}) condition {r} is met;\n"))
        .collect();
    let pieces = split(&input);
    assert_eq!(numbers(&pieces), romans.to_vec());
    assert_eq!(pieces[4].text, "condition v is met;");
    assert_eq!(pieces[9].text, "condition x is met;");
}

#[test]
fn ukrainian_stattia_with_titles() {
    let pieces = expect(
        "Стаття 1. Предмет договору\n\
         Продавець передає товар у власність покупця.\n\n\
         Стаття 2. Ціна\n\
         Ціна товару становить тисячу гривень.\n\n\
         Стаття 3. Строк дії\n\
         Договір діє протягом одного року.\n",
        &[
            (
                "1",
                Some("Предмет договору"),
                "Продавець передає товар у власність покупця.",
            ),
            ("2", Some("Ціна"), "Ціна товару становить тисячу гривень."),
            ("3", Some("Строк дії"), "Договір діє протягом одного року."),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Стаття"); 3]);
}

#[test]
fn ukrainian_punkt() {
    expect(
        "Пункт 12. Сторони співпрацюють у сфері безпеки.\n\
         Пункт 13. Сторони обмінюються інформацією.\n\
         Пункт 14. Спори вирішуються шляхом переговорів.\n",
        &[
            ("12", None, "Сторони співпрацюють у сфері безпеки."),
            ("13", None, "Сторони обмінюються інформацією."),
            ("14", None, "Спори вирішуються шляхом переговорів."),
        ],
    );
}

#[test]
fn russian_statya_and_references_in_lower_case() {
    expect(
        "Статья 5\n\
         Стороны обязуются соблюдать режим прекращения огня.\n\n\
         Статья 6\n\
         Контроль осуществляет миссия, указанная в\n\
         статья 5 настоящего соглашения.\n\n\
         Статья 7\n\
         Соглашение вступает в силу с момента подписания.\n",
        &[
            (
                "5",
                None,
                "Стороны обязуются соблюдать режим прекращения огня.",
            ),
            (
                "6",
                None,
                "Контроль осуществляет миссия, указанная в статья 5 настоящего соглашения.",
            ),
            (
                "7",
                None,
                "Соглашение вступает в силу с момента подписания.",
            ),
        ],
    );
}

#[test]
fn russian_razdel() {
    expect(
        "РАЗДЕЛ 1. ОБЩИЕ ПОЛОЖЕНИЯ\n\
         Настоящий договор регулирует поставку товара.\n\n\
         РАЗДЕЛ 2. ПРАВА СТОРОН\n\
         Покупатель вправе проверить качество товара.\n\n\
         РАЗДЕЛ 3. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ\n\
         Договор составлен в двух экземплярах.\n",
        &[
            (
                "1",
                Some("ОБЩИЕ ПОЛОЖЕНИЯ"),
                "Настоящий договор регулирует поставку товара.",
            ),
            (
                "2",
                Some("ПРАВА СТОРОН"),
                "Покупатель вправе проверить качество товара.",
            ),
            (
                "3",
                Some("ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ"),
                "Договор составлен в двух экземплярах.",
            ),
        ],
    );
}

#[test]
fn glava_with_title_on_the_next_line() {
    expect(
        "Глава 1\n\
         Загальні положення\n\n\
         Цей закон визначає засади державної політики.\n\n\
         Глава 2\n\
         Повноваження органів\n\n\
         Кабінет Міністрів забезпечує виконання закону.\n\n\
         Глава 3\n\
         Прикінцеві положення\n\n\
         Закон набирає чинності з дня опублікування.\n",
        &[
            (
                "1",
                Some("Загальні положення"),
                "Цей закон визначає засади державної політики.",
            ),
            (
                "2",
                Some("Повноваження органів"),
                "Кабінет Міністрів забезпечує виконання закону.",
            ),
            (
                "3",
                Some("Прикінцеві положення"),
                "Закон набирає чинності з дня опублікування.",
            ),
        ],
    );
}

#[test]
fn rozdil_with_cyrillic_roman_numerals() {
    // "І" here is the Cyrillic letter, as Ukrainian keyboards type it.
    let pieces = expect(
        "Розділ І. Загальні положення\n\
         Меморандум визначає рамки співпраці між сторонами.\n\n\
         Розділ ІІ. Зобов'язання сторін\n\
         Сторони обмінюються інформацією щомісяця.\n\n\
         Розділ ІІІ. Прикінцеві положення\n\
         Меморандум набирає чинності з дня підписання.\n",
        &[
            (
                "І",
                Some("Загальні положення"),
                "Меморандум визначає рамки співпраці між сторонами.",
            ),
            (
                "ІІ",
                Some("Зобов'язання сторін"),
                "Сторони обмінюються інформацією щомісяця.",
            ),
            (
                "ІІІ",
                Some("Прикінцеві положення"),
                "Меморандум набирає чинності з дня підписання.",
            ),
        ],
    );
    assert_eq!(kinds(&pieces), vec![Some("Розділ"); 3]);
}

// ------------------------------------------------------------------------------------------
// Nesting

#[test]
fn letters_stay_inside_numbered_clauses() {
    expect(
        "1. The Seller shall deliver:\n\
         (a) the goods;\n\
         (b) the documents of title.\n\
         2. The Buyer shall pay the price.\n\
         3. Risk passes on delivery.\n",
        &[
            (
                "1",
                None,
                "The Seller shall deliver:\n(a) the goods;\n(b) the documents of title.",
            ),
            ("2", None, "The Buyer shall pay the price."),
            ("3", None, "Risk passes on delivery."),
        ],
    );
}

#[test]
fn decimals_stay_inside_their_clause() {
    expect(
        "1. Definitions\n\
         1.1 \"Agreement\" means this agreement.\n\
         1.2 \"Goods\" means the goods listed in the Schedule.\n\
         2. Delivery\n\
         2.1 The Seller delivers the Goods.\n\
         2.2 Delivery is made at the Buyer's premises.\n\
         3. Payment\n\
         3.1 The Buyer pays within 30 days.\n",
        &[
            (
                "1",
                Some("Definitions"),
                "1.1 \"Agreement\" means this agreement.\n1.2 \"Goods\" means the goods listed in the Schedule.",
            ),
            (
                "2",
                Some("Delivery"),
                "2.1 The Seller delivers the Goods.\n2.2 Delivery is made at the Buyer's premises.",
            ),
            ("3", Some("Payment"), "3.1 The Buyer pays within 30 days."),
        ],
    );
}

#[test]
fn numbered_paragraphs_stay_inside_articles() {
    expect(
        "Article 1\n\
         Scope\n\n\
         1. This Agreement applies to trade in goods.\n\
         2. It does not apply to services.\n\n\
         Article 2\n\
         Definitions\n\n\
         1. \"Goods\" means products of either Party.\n\
         2. \"Services\" means services of any kind.\n\
         3. \"Party\" means a signatory of this Agreement.\n",
        &[
            (
                "1",
                Some("Scope"),
                "1. This Agreement applies to trade in goods.\n2. It does not apply to services.",
            ),
            (
                "2",
                Some("Definitions"),
                "1. \"Goods\" means products of either Party.\n2. \"Services\" means services of any kind.\n3. \"Party\" means a signatory of this Agreement.",
            ),
        ],
    );
}

#[test]
fn roman_sub_items_inside_a_letter_list() {
    // (i) before (ii) is a roman numeral; (c) after (b) is a letter.
    expect(
        "(a) the first obligation includes:\n\
         (i) reporting monthly;\n\
         (ii) keeping records;\n\
         (b) the second obligation applies;\n\
         (c) the third obligation applies;\n\
         (d) the fourth obligation applies.\n",
        &[
            (
                "a",
                None,
                "the first obligation includes:\n(i) reporting monthly;\n(ii) keeping records;",
            ),
            ("b", None, "the second obligation applies;"),
            ("c", None, "the third obligation applies;"),
            ("d", None, "the fourth obligation applies."),
        ],
    );
}

#[test]
fn recitals_before_the_clauses_go_to_the_preamble() {
    expect(
        "Whereas:\n\
         (A) the Parties wish to cooperate;\n\
         (B) the Parties have agreed on the terms below.\n\n\
         1. The Parties establish a joint committee.\n\
         2. The committee meets every month.\n\
         3. The committee reports to the ministers.\n",
        &[
            (
                PREAMBLE,
                None,
                "Whereas:\n(A) the Parties wish to cooperate;\n(B) the Parties have agreed on the terms below.",
            ),
            ("1", None, "The Parties establish a joint committee."),
            ("2", None, "The committee meets every month."),
            ("3", None, "The committee reports to the ministers."),
        ],
    );
}

#[test]
fn a_list_in_the_last_clause_does_not_take_over() {
    expect(
        "1. The Parties meet.\n\
         2. The Parties report:\n\
         (a) to the ministers, every month, on the progress made in each area of cooperation;\n\
         (b) to the parliaments, every year, on the budget spent and the results obtained;\n\
         (c) to the public, on request, on any matter that does not concern security.\n",
        &[
            ("1", None, "The Parties meet."),
            (
                "2",
                None,
                "The Parties report:\n(a) to the ministers, every month, on the progress made in each area of cooperation;\n(b) to the parliaments, every year, on the budget spent and the results obtained;\n(c) to the public, on request, on any matter that does not concern security.",
            ),
        ],
    );
}

// ------------------------------------------------------------------------------------------
// What is not numbering

#[test]
fn years_decades_and_counts_are_not_numbering() {
    let input = "2025. A year of talks.\n\n\
                 1990s saw the first agreement.\n\n\
                 10 people came to the signing.\n\n\
                 2026. A year of implementation.\n";
    let pieces = split(input);
    assert_eq!(numbers(&pieces), vec!["1", "2", "3", "4"], "{pieces:#?}");
    assert_eq!(pieces[0].text, "2025. A year of talks.");
    assert_eq!(pieces[2].text, "10 people came to the signing.");
}

#[test]
fn a_wrapped_line_starting_with_a_number_stays_in_its_clause() {
    expect(
        "1. The Parties adopt the list of measures set out in paragraph\n\
         12. The list may be amended by the committee.\n\
         2. The committee meets every month.\n\
         3. The committee reports to the ministers.\n",
        &[
            (
                "1",
                None,
                "The Parties adopt the list of measures set out in paragraph 12. The list may be amended by the committee.",
            ),
            ("2", None, "The committee meets every month."),
            ("3", None, "The committee reports to the ministers."),
        ],
    );
}

#[test]
fn a_lone_numbered_line_is_not_a_level() {
    let input = "1. The only numbered line.\n\nA paragraph follows.\n";
    assert_eq!(numbers(&split(input)), vec!["1", "2"]);
    assert_eq!(split(input)[0].text, "1. The only numbered line.");
}

// ------------------------------------------------------------------------------------------
// Without numbering, preambles and titles

#[test]
fn paragraphs_when_there_is_no_numbering() {
    let input = "The parties met in Geneva on 3 March and reviewed the ceasefire.\n\
                 They agreed to continue talks.\n\n\
                 A further round is planned for April.\n\n\n\
                 The mediators welcomed the progress.\n";
    let pieces = expect(
        input,
        &[
            (
                "1",
                None,
                "The parties met in Geneva on 3 March and reviewed the ceasefire. They agreed to continue talks.",
            ),
            ("2", None, "A further round is planned for April."),
            ("3", None, "The mediators welcomed the progress."),
        ],
    );
    assert_eq!(title_line(input), None);
    assert!(input[pieces[1].start..].starts_with("A further"));
}

#[test]
fn paragraphs_with_a_title() {
    let input = "Joint Statement\n\n\
                 The parties met in Geneva on 3 March.\n\n\
                 The mediators welcomed the progress.\n";
    let (title, pieces) = split_with_title(input);
    assert_eq!(title.as_deref(), Some("Joint Statement"));
    assert_eq!(
        shape(&pieces),
        vec![
            (
                "1".into(),
                None,
                "The parties met in Geneva on 3 March.".into()
            ),
            (
                "2".into(),
                None,
                "The mediators welcomed the progress.".into()
            ),
        ]
    );
}

#[test]
fn one_paragraph_per_line_without_blank_lines() {
    // As a word processor pastes it: each line is a paragraph.
    expect(
        "The parties met in Geneva on 3 March to discuss the ceasefire and the exchange of prisoners, \
         and agreed to meet again.\n\
         A further round of talks is planned for April in Vienna.\n\
         The mediators welcomed the progress made by both delegations, and called on the parties to \
         respect the ceasefire in the meantime.\n",
        &[
            (
                "1",
                None,
                "The parties met in Geneva on 3 March to discuss the ceasefire and the exchange of prisoners, and agreed to meet again.",
            ),
            (
                "2",
                None,
                "A further round of talks is planned for April in Vienna.",
            ),
            (
                "3",
                None,
                "The mediators welcomed the progress made by both delegations, and called on the parties to respect the ceasefire in the meantime.",
            ),
        ],
    );
}

#[test]
fn preamble_before_the_first_clause() {
    let input = "AGREEMENT ON THE CESSATION OF HOSTILITIES\n\n\
                 The Parties, recalling their earlier commitments, have agreed as follows.\n\n\
                 1. A ceasefire takes effect at midnight.\n\
                 2. Both sides withdraw heavy weapons.\n";
    let pieces = expect(
        input,
        &[
            (
                PREAMBLE,
                None,
                "AGREEMENT ON THE CESSATION OF HOSTILITIES\nThe Parties, recalling their earlier commitments, have agreed as follows.",
            ),
            ("1", None, "A ceasefire takes effect at midnight."),
            ("2", None, "Both sides withdraw heavy weapons."),
        ],
    );
    assert_eq!(pieces[0].start, 0);
    assert_eq!(
        title_line(input).as_deref(),
        Some("AGREEMENT ON THE CESSATION OF HOSTILITIES")
    );
}

#[test]
fn a_lone_title_line_is_dropped() {
    let input = "  Memorandum of Understanding\n\n\
                 1. The Parties cooperate in good faith.\n\
                 2. This Memorandum is not legally binding.\n";
    let (title, pieces) = split_with_title(input);
    assert_eq!(title.as_deref(), Some("Memorandum of Understanding"));
    assert_eq!(numbers(&pieces), vec!["1", "2"]);
    check_lossless(input);
}

#[test]
fn a_lone_sentence_before_the_clauses_is_a_preamble() {
    let input = "The Parties have agreed as follows.\n\
                 1. The Parties cooperate in good faith.\n\
                 2. This Memorandum is not legally binding.\n";
    let (title, pieces) = split_with_title(input);
    assert_eq!(title, None);
    assert_eq!(numbers(&pieces), vec![PREAMBLE, "1", "2"]);
    assert_eq!(pieces[0].text, "The Parties have agreed as follows.");
}

#[test]
fn empty_and_blank_inputs() {
    for input in ["", "\n", "   \n\t\n", "\r\n\r\n", "\u{feff}"] {
        assert_eq!(split_with_title(input), (None, Vec::new()), "{input:?}");
    }
}

// ------------------------------------------------------------------------------------------
// Line ends, markdown, hard wrapping

#[test]
fn crlf_and_lone_cr_line_ends() {
    let lf = "Article 1 — Ceasefire\n\
              The Parties shall cease all hostilities\n\
              along the line of contact.\n\n\
              Article 2 — Withdrawal\n\
              Heavy weapons shall be withdrawn.\n";
    let want = [
        (
            "1",
            Some("Ceasefire"),
            "The Parties shall cease all hostilities along the line of contact.",
        ),
        ("2", Some("Withdrawal"), "Heavy weapons shall be withdrawn."),
    ];
    expect(lf, &want);
    let crlf = lf.replace('\n', "\r\n");
    let pieces = expect(&crlf, &want);
    assert!(crlf[pieces[1].start..].starts_with("Article 2"));
    expect(&lf.replace('\n', "\r"), &want);
}

#[test]
fn markdown_headings() {
    let input = "# Memorandum of Understanding\n\n\
                 ## Article 1 — Purpose\n\
                 The Parties establish a joint commission.\n\n\
                 ## Article 2 — Membership\n\
                 The commission has six members, three appointed by each Party.\n\n\
                 ## Article 3 — Meetings\n\
                 The commission meets monthly.\n";
    let (title, pieces) = split_with_title(input);
    assert_eq!(title.as_deref(), Some("Memorandum of Understanding"));
    assert_eq!(
        shape(&pieces),
        vec![
            (
                "1".into(),
                Some("Purpose".into()),
                "The Parties establish a joint commission.".into()
            ),
            (
                "2".into(),
                Some("Membership".into()),
                "The commission has six members, three appointed by each Party.".into()
            ),
            (
                "3".into(),
                Some("Meetings".into()),
                "The commission meets monthly.".into()
            ),
        ]
    );
    assert!(input[pieces[0].start..].starts_with("## Article 1"));
    check_lossless(input);
}

#[test]
fn markdown_bold_numbers_and_titles() {
    expect(
        "**1. Definitions**\n\
         Terms have the meaning given in the Annex.\n\n\
         **2.** The Seller delivers the goods.\n\n\
         **3. Payment**\n\
         The Buyer pays on delivery.\n",
        &[
            (
                "1",
                Some("Definitions"),
                "Terms have the meaning given in the Annex.",
            ),
            ("2", None, "The Seller delivers the goods."),
            ("3", Some("Payment"), "The Buyer pays on delivery."),
        ],
    );
}

#[test]
fn upper_case_titles_with_a_dot() {
    expect(
        "5. TERMINATION.\n\
         Either party may terminate this Agreement on thirty days' notice.\n\n\
         6. GOVERNING LAW.\n\
         This Agreement is governed by the laws of Ireland.\n",
        &[
            (
                "5",
                Some("TERMINATION"),
                "Either party may terminate this Agreement on thirty days' notice.",
            ),
            (
                "6",
                Some("GOVERNING LAW"),
                "This Agreement is governed by the laws of Ireland.",
            ),
        ],
    );
}

#[test]
fn tab_separated_numbers_from_a_word_processor() {
    expect(
        "1\tDefinitions\n\
         In this Agreement words have their ordinary meaning.\n\
         2\tTerm\n\
         This Agreement lasts for three years.\n",
        &[
            (
                "1",
                Some("Definitions"),
                "In this Agreement words have their ordinary meaning.",
            ),
            ("2", Some("Term"), "This Agreement lasts for three years."),
        ],
    );
}

#[test]
fn hard_wrapped_licence_gpl_2() {
    let text = include_str!("../../../tests/corpus/texts/GPL-2.txt");
    let (title, pieces) = split_with_title(text);
    assert_eq!(title.as_deref(), Some("GNU GENERAL PUBLIC LICENSE"));
    let want: Vec<String> = std::iter::once(PREAMBLE.to_string())
        .chain((0..=12).map(|n| n.to_string()))
        .collect();
    assert_eq!(numbers(&pieces), want);
    assert!(
        pieces
            .iter()
            .all(|p| p.heading.is_none() && p.kind.is_none())
    );
    assert!(
        pieces[0]
            .text
            .starts_with("GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n"),
        "{}",
        pieces[0].text
    );
    assert!(
        pieces[0]
            .text
            .ends_with("\nTERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION")
    );
    // One line per paragraph: the 72-column wrapping is gone, the blank lines are "\n".
    let zero: Vec<&str> = pieces[1].text.split('\n').collect();
    assert_eq!(zero.len(), 2, "{zero:#?}");
    assert!(zero[0].starts_with(
        "This License applies to any program or other work which contains a notice placed by the copyright holder saying"
    ));
    assert!(zero[1].starts_with(
        "Activities other than copying, distribution and modification are not covered"
    ));
    // Section 2's a), b), c) stay inside it, each its own paragraph.
    let two: Vec<&str> = pieces[3].text.split('\n').collect();
    assert!(two[0].starts_with("You may modify your copy or copies of the Program"));
    assert!(two[1].starts_with(
        "a) You must cause the modified files to carry prominent notices stating that you changed the files"
    ));
    assert!(two[2].starts_with("b) You must cause any work"));
    assert!(two[3].starts_with("c) If the modified program normally reads commands"));
    assert!(pieces[12].text.starts_with(
        "BECAUSE THE PROGRAM IS LICENSED FREE OF CHARGE, THERE IS NO WARRANTY FOR THE PROGRAM"
    ));
    // What follows the last section (the appendix) has no number: it stays in section 12.
    assert!(
        pieces[13]
            .text
            .starts_with("IN NO EVENT UNLESS REQUIRED BY APPLICABLE LAW")
    );
    assert!(pieces[13].text.contains(
        "\nEND OF TERMS AND CONDITIONS\nHow to Apply These Terms to Your New Programs\n"
    ));
    assert!(
        pieces[13]
            .text
            .ends_with("use the GNU Lesser General Public License instead of this License.")
    );
    for p in &pieces {
        assert!(
            !p.text.contains("  ") && !p.text.contains("\n\n"),
            "{} is not normalised",
            p.number
        );
        assert!(p.number == PREAMBLE || text[p.start..].starts_with(&format!("{}.", p.number)));
    }
    assert_eq!(
        suggested_label(&pieces[1]),
        "This License applies to any program"
    );
    check_lossless(text);
}

// ------------------------------------------------------------------------------------------
// Labels

fn piece(number: &str, heading: Option<&str>, text: &str) -> Piece {
    Piece {
        number: number.into(),
        heading: heading.map(str::to_string),
        text: text.into(),
        start: 0,
        kind: None,
    }
}

#[test]
fn suggested_labels() {
    assert_eq!(
        suggested_label(&piece("1", Some("Security guarantees"), "Text.")),
        "Security guarantees"
    );
    assert_eq!(
        suggested_label(&piece(
            "2",
            None,
            "The Parties shall cease all hostilities at midnight."
        )),
        "The Parties shall cease all hostilities"
    );
    assert_eq!(
        suggested_label(&piece("3", None, "Heavy weapons are withdrawn.\nMore.")),
        "Heavy weapons are withdrawn"
    );
    assert_eq!(suggested_label(&piece("4", None, "Short:")), "Short");
    assert_eq!(suggested_label(&piece("5", None, "")), "5");
    assert_eq!(suggested_label(&piece(PREAMBLE, None, "")), "Preamble");
    let long = suggested_label(&piece(
        "6",
        None,
        "Internationalisation standardisation harmonisation interoperability decentralisation implementation",
    ));
    assert_eq!(long, "Internationalisation standardisation harmonisation");
    let word = "x".repeat(100);
    assert_eq!(
        suggested_label(&piece("7", Some(&word), ""))
            .chars()
            .count(),
        60
    );
}

// ------------------------------------------------------------------------------------------
// Generated documents

// The shared deterministic PRNG of the engine's tests (same seeds, same cases).
use common::rng::{Rng, cases};

/// Lowercase words that are neither roman numerals, labels, nor small title words.
const WORDS: [&str; 48] = [
    "ceasefire",
    "monitoring",
    "mission",
    "withdrawal",
    "heavy",
    "weapons",
    "border",
    "exchange",
    "prisoners",
    "within",
    "days",
    "shall",
    "ensure",
    "security",
    "guarantees",
    "observers",
    "zone",
    "contact",
    "troops",
    "report",
    "weekly",
    "commission",
    "joint",
    "members",
    "meeting",
    "signature",
    "force",
    "entry",
    "notice",
    "written",
    "request",
    "government",
    "territory",
    "elections",
    "amnesty",
    "humanitarian",
    "access",
    "corridor",
    "civilians",
    "supply",
    "energy",
    "grain",
    "ports",
    "inspection",
    "сторони",
    "безпеки",
    "гарантії",
    "спостерігачі",
];

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn sentence(rng: &mut Rng, end: char) -> String {
    let n = rng.range(4, 12);
    let mut words: Vec<String> = (0..n).map(|_| (*rng.pick(&WORDS)).to_string()).collect();
    words[0] = capitalise(&words[0]);
    let mut s = words.join(" ");
    s.push(end);
    s
}

/// 1 to `max` capitalised words: a clause title or a document title.
fn title_words(rng: &mut Rng, min: usize, max: usize) -> String {
    let n = rng.range(min, max);
    (0..n)
        .map(|_| capitalise(*rng.pick(&WORDS)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `first` then `words`, greedily wrapped at `width` (when given), continuation lines
/// starting with `indent`.
fn wrap(first: &str, words: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width else {
        return format!("{first}{words}");
    };
    let mut out = String::new();
    let mut line = first.to_string();
    let mut line_has_word = false;
    for w in words.split(' ').filter(|w| !w.is_empty()) {
        let len = line.chars().count();
        if line_has_word && len + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = format!("{indent}{w}");
        } else {
            if line_has_word {
                line.push(' ');
            }
            line.push_str(w);
        }
        line_has_word = true;
    }
    out.push_str(&line);
    out
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Top {
    Dot,
    Paren,
    Both,
    Tab,
    LetterBoth,
    LetterParen,
    UpperLetterDot,
    RomanUpperDot,
    RomanLowerParen,
    RomanLowerBoth,
    Decimal2,
    Decimal3Dot,
    /// The label word; whether numbers are roman (`Chapter II`) or glued (`§3`).
    Label(&'static str, bool),
}

const TOPS: [Top; 31] = [
    Top::Dot,
    Top::Paren,
    Top::Both,
    Top::Tab,
    Top::LetterBoth,
    Top::LetterParen,
    Top::UpperLetterDot,
    Top::RomanUpperDot,
    Top::RomanLowerParen,
    Top::RomanLowerBoth,
    Top::Decimal2,
    Top::Decimal3Dot,
    Top::Label("Article", false),
    Top::Label("ARTICLE", false),
    Top::Label("Art.", false),
    Top::Label("Section", false),
    Top::Label("Sec.", false),
    Top::Label("§", false),
    Top::Label("§", true),
    Top::Label("Point", false),
    Top::Label("Clause", false),
    Top::Label("Chapter", true),
    Top::Label("Part", false),
    Top::Label("Стаття", false),
    Top::Label("Пункт", false),
    Top::Label("Статья", false),
    Top::Label("Раздел", false),
    Top::Label("Глава", false),
    Top::Label("Розділ", true),
    Top::Label("Ст.", false),
    Top::Label("Paragraph", false),
];

fn roman(n: usize, upper: bool) -> String {
    let table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut n = n;
    let mut out = String::new();
    for (v, r) in table {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    if upper { out } else { out.to_lowercase() }
}

fn letter(n: usize, upper: bool) -> String {
    let c = (b'a' + (n - 1) as u8) as char;
    if upper {
        c.to_ascii_uppercase().to_string()
    } else {
        c.to_string()
    }
}

/// The numbers of `count` clauses in style `top`.
fn numbering(rng: &mut Rng, top: Top, count: usize) -> Vec<String> {
    let mut out = Vec::new();
    if matches!(top, Top::Decimal2 | Top::Decimal3Dot) {
        let depth = if top == Top::Decimal2 { 2 } else { 3 };
        let mut v = vec![1usize; depth];
        v[0] = rng.range(1, 3);
        if depth == 3 {
            v[1] = rng.range(1, 12);
        }
        for _ in 0..count {
            out.push(
                v.iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join("."),
            );
            let p = if rng.chance(70) {
                depth - 1
            } else {
                rng.below(depth)
            };
            v[p] += 1;
            for x in v.iter_mut().skip(p + 1) {
                *x = 1;
            }
        }
        return out;
    }
    let letters = matches!(
        top,
        Top::LetterBoth | Top::LetterParen | Top::UpperLetterDot
    );
    let romans = matches!(
        top,
        Top::RomanUpperDot | Top::RomanLowerParen | Top::RomanLowerBoth
    ) || top == Top::Label("Chapter", true)
        || top == Top::Label("Розділ", true);
    let mut n = if letters || romans {
        1
    } else if rng.chance(15) {
        0
    } else {
        rng.range(1, 30)
    };
    for _ in 0..count {
        out.push(match top {
            _ if letters => letter(n, top == Top::UpperLetterDot),
            Top::RomanLowerParen | Top::RomanLowerBoth => roman(n, false),
            _ if romans => roman(n, true),
            _ => n.to_string(),
        });
        n += if !letters && !romans && rng.chance(10) {
            2
        } else {
            1
        };
    }
    out
}

/// The marker as printed before the clause's first words (with its trailing space).
fn marker(top: Top, number: &str) -> String {
    match top {
        Top::Dot | Top::UpperLetterDot | Top::RomanUpperDot => format!("{number}. "),
        Top::Paren | Top::LetterParen | Top::RomanLowerParen => format!("{number}) "),
        Top::Both | Top::LetterBoth | Top::RomanLowerBoth => format!("({number}) "),
        Top::Tab => format!("{number}\t"),
        Top::Decimal2 => format!("{number} "),
        Top::Decimal3Dot => format!("{number}. "),
        Top::Label("§", true) => format!("§{number} "),
        Top::Label(word, _) => format!("{word} {number} "),
    }
}

/// An inner list style that never reads as `top`'s level: the marker of item i.
fn inner_list(top: Top) -> Option<fn(usize) -> String> {
    match top {
        Top::Label(..) => Some(|i| format!("{i}. ")),
        Top::Dot | Top::Paren | Top::Both | Top::Tab | Top::Decimal2 | Top::Decimal3Dot => {
            Some(|i| format!("({}) ", letter(i, false)))
        }
        Top::UpperLetterDot | Top::RomanUpperDot => Some(|i| format!("({i}) ")),
        Top::LetterBoth | Top::LetterParen => Some(|i| format!("({}) ", roman(i, false))),
        Top::RomanLowerParen | Top::RomanLowerBoth => None,
    }
}

struct Expected {
    number: String,
    heading: Option<String>,
    text: String,
    kind: Option<String>,
    /// What the input holds at the piece's start.
    starts_with: String,
}

struct Generated {
    text: String,
    title: Option<String>,
    pieces: Vec<Expected>,
}

fn generate(rng: &mut Rng) -> Generated {
    let top = *rng.pick(&TOPS);
    let max = match top {
        Top::LetterBoth | Top::LetterParen | Top::UpperLetterDot => 14,
        Top::RomanUpperDot | Top::RomanLowerParen | Top::RomanLowerBoth => 14,
        _ => 9,
    };
    let count = rng.range(2, max);
    let width = if rng.chance(50) {
        Some(rng.range(40, 90))
    } else {
        None
    };
    let indent = if rng.chance(20) { "  " } else { "" };
    let is_label = matches!(top, Top::Label(..));
    let kind = match top {
        Top::Label(w, _) => Some(w.to_string()),
        _ => None,
    };
    let mut text = String::new();
    let mut pieces = Vec::new();
    // A title, a preamble, both or neither. A lone title is dropped; with a preamble it
    // is the preamble's first paragraph.
    let mut title = None;
    let mut preamble = Vec::new();
    if rng.chance(40) {
        let t = title_words(rng, 2, 5);
        text.push_str(&t);
        text.push_str("\n\n");
        preamble.push(t.clone());
        title = Some(t);
    }
    if rng.chance(30) {
        for _ in 0..rng.range(1, 2) {
            let para: Vec<String> = (0..rng.range(1, 3)).map(|_| sentence(rng, '.')).collect();
            let para = para.join(" ");
            text.push_str(&wrap("", &para, width, ""));
            text.push_str("\n\n");
            preamble.push(para);
        }
        pieces.push(Expected {
            number: PREAMBLE.to_string(),
            heading: None,
            text: preamble.join("\n"),
            kind: None,
            starts_with: String::new(),
        });
    }
    for number in numbering(rng, top, count) {
        let m = marker(top, &number);
        let mark = m.trim_end().to_string();
        let heading = rng.chance(40).then(|| title_words(rng, 1, 4));
        // The clause's paragraphs, the last possibly leading into an inner list.
        let mut paras: Vec<String> = (0..rng.range(1, 3))
            .map(|_| {
                (0..rng.range(1, 3))
                    .map(|_| sentence(rng, '.'))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut items = Vec::new();
        if let Some(item) = inner_list(top).filter(|_| rng.chance(30)) {
            let last = paras.len() - 1;
            paras[last].pop();
            paras[last].push(':');
            let n = rng.range(2, 3);
            for i in 1..=n {
                let words: Vec<&str> = (0..rng.range(3, 8)).map(|_| *rng.pick(&WORDS)).collect();
                let end = if i == n { '.' } else { ';' };
                items.push((item(i), format!("{}{end}", words.join(" "))));
            }
        }
        if !text.is_empty() && !text.ends_with("\n\n") && rng.chance(60) {
            text.push('\n');
        }
        let starts_with;
        let mut first = String::new();
        match &heading {
            Some(h) => {
                let bold = rng.chance(15);
                let markdown = is_label && !bold && rng.chance(20);
                let prefix = if markdown { "## " } else { "" };
                let form = if is_label { rng.below(4) } else { 0 };
                let line = match form {
                    _ if bold => format!("{indent}**{m}{h}**"),
                    0 => format!("{indent}{prefix}{m}{h}"),
                    1 => format!("{indent}{prefix}{mark} — {h}"),
                    2 => format!("{indent}{prefix}{mark}: {h}"),
                    // The title on the line after the number.
                    _ => format!("{indent}{prefix}{mark}\n{h}"),
                };
                starts_with = line.trim_start().lines().next().unwrap_or("").to_string();
                text.push_str(&line);
                text.push('\n');
                // After a plain title a blank line; after a marked one, maybe.
                if !(markdown || bold || form == 1 || form == 2) || rng.chance(50) {
                    text.push('\n');
                }
            }
            None => {
                if is_label && rng.chance(30) {
                    // The number alone on its line, the text below.
                    text.push_str(indent);
                    text.push_str(&mark);
                    text.push('\n');
                    if rng.chance(50) {
                        text.push('\n');
                    }
                    starts_with = mark.clone();
                } else if rng.chance(15) && top != Top::Tab {
                    starts_with = format!("**{mark}**");
                    first = format!("{indent}**{mark}** ");
                } else {
                    starts_with = mark.clone();
                    first = format!("{indent}{m}");
                }
            }
        }
        let mut expected_text = Vec::new();
        for (k, p) in paras.iter().enumerate() {
            if k == 0 && !first.is_empty() {
                text.push_str(&wrap(&first, p, width, indent));
            } else {
                text.push_str(&wrap("", p, width, ""));
            }
            text.push('\n');
            expected_text.push(p.clone());
            if k + 1 < paras.len() {
                text.push('\n');
            }
        }
        for (im, words) in &items {
            text.push_str(&wrap(&format!("{indent}{im}"), words, width, indent));
            text.push('\n');
            expected_text.push(format!("{im}{words}"));
        }
        if rng.chance(50) {
            text.push('\n');
        }
        pieces.push(Expected {
            number,
            heading,
            text: expected_text.join("\n"),
            kind: kind.clone(),
            starts_with,
        });
    }
    if rng.chance(25) {
        text = text.replace('\n', "\r\n");
    }
    Generated {
        text,
        title,
        pieces,
    }
}

#[test]
fn generated_documents_split_back_into_their_clauses() {
    let cases = cases(3000);
    for case in 0..cases {
        let mut rng = Rng::new(case as u64);
        let g = generate(&mut rng);
        let (title, pieces) = split_with_title(&g.text);
        let got: Vec<(&str, Option<&str>, &str, Option<&str>)> = pieces
            .iter()
            .map(|p| {
                (
                    p.number.as_str(),
                    p.heading.as_deref(),
                    p.text.as_str(),
                    p.kind.as_deref(),
                )
            })
            .collect();
        let want: Vec<(&str, Option<&str>, &str, Option<&str>)> = g
            .pieces
            .iter()
            .map(|e| {
                (
                    e.number.as_str(),
                    e.heading.as_deref(),
                    e.text.as_str(),
                    e.kind.as_deref(),
                )
            })
            .collect();
        assert_eq!(got, want, "case {case}:\n{}", g.text);
        assert_eq!(title, g.title, "case {case}:\n{}", g.text);
        for (p, e) in pieces.iter().zip(&g.pieces) {
            if p.number != PREAMBLE {
                let at = &g.text[p.start..];
                assert!(
                    at.starts_with(&e.starts_with),
                    "case {case}: piece {} starts at {:?}, not {:?}",
                    p.number,
                    at.chars().take(20).collect::<String>(),
                    e.starts_with
                );
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// Robustness

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// The characters that carry words: not whitespace, numbering punctuation or markdown.
fn significant(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_space(c) && !"().:#*—–-−§".contains(c))
        .collect()
}

/// Every word character of the input is in some piece (its label, number, heading or
/// text), in order, and nothing else is; only a dropped title line may be missing. The
/// numbers of paragraphs (text without numbering) are not in the input.
#[track_caller]
fn check_lossless(input: &str) {
    let (title, pieces) = split_with_title(input);
    let mut with_numbers = String::new();
    let mut without_numbers = String::new();
    let mut last_start = None;
    for p in &pieces {
        assert!(
            p.start <= input.len() && input.is_char_boundary(p.start),
            "bad start {}",
            p.start
        );
        assert!(
            last_start.is_none_or(|s| s < p.start),
            "starts out of order"
        );
        last_start = Some(p.start);
        if p.number != PREAMBLE {
            with_numbers.push_str(p.kind.as_deref().unwrap_or(""));
            with_numbers.push_str(&p.number);
        }
        for s in [&mut with_numbers, &mut without_numbers] {
            s.push_str(p.heading.as_deref().unwrap_or(""));
            s.push_str(&p.text);
        }
        assert!(
            !p.text.starts_with(is_space) && !p.text.ends_with(is_space),
            "untrimmed {:?}",
            p.text
        );
        assert!(
            !p.text.contains("\n\n") && !p.text.contains("  "),
            "not normalised: {:?}",
            p.text
        );
        assert!(
            !p.text.contains('\r') && !p.text.contains('\t'),
            "raw line ends in {:?}",
            p.text
        );
    }
    let all = significant(input);
    let dropped = title.as_deref().map(significant).unwrap_or_default();
    let ok = [with_numbers, without_numbers].iter().any(|kept| {
        let kept = significant(kept);
        all == kept || all == format!("{dropped}{kept}")
    });
    assert!(
        ok,
        "characters lost, added or moved in {input:?}:\n{pieces:#?}"
    );
}

#[test]
fn examples_lose_nothing() {
    for text in [
        include_str!("../../../tests/corpus/texts/GPL-3.txt"),
        include_str!("../../../tests/corpus/texts/GFDL-1.3.txt"),
        include_str!("../../../tests/corpus/texts/LGPL-2.1.txt"),
        "Title\n\n1. One.\n2. Two.\n",
        "Just one line",
        "(a) x\n(b) y\n(c)\n",
    ] {
        check_lossless(text);
    }
}

#[test]
fn random_inputs_never_panic_and_lose_nothing() {
    let atoms = [
        "1.",
        "2.",
        "3)",
        "(4)",
        "(a)",
        "b)",
        "(c)",
        "(i)",
        "(ii)",
        "IV.",
        "iv)",
        "1.1",
        "1.2.",
        "2.1",
        "Article 5",
        "Art. 6",
        "Section",
        "§",
        "§3",
        "Sec.",
        "Chapter II",
        "Стаття 5",
        "Пункт",
        "Глава ІІ",
        "#",
        "##",
        "**",
        "—",
        "-",
        "•",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "word",
        "Word",
        "WORD",
        "the",
        "x",
        "é",
        "ї",
        "漢字",
        "🙂",
        "\u{feff}",
        "\u{200b}",
        "\u{300}",
        ".",
        ":",
        ";",
        ",",
        "(",
        ")",
        "0",
        "999",
        "1000",
        "2025.",
        "10 people",
        "MCMXC.",
        "v.",
        "z)",
    ];
    let cases = cases(3000);
    for case in 0..cases {
        let mut rng = Rng::new(1_000_000 + case as u64);
        let n = rng.range(0, 80);
        let text: String = (0..n).map(|_| *rng.pick(&atoms)).collect();
        check_lossless(&text);
    }
    // Generated documents too, cut anywhere and with their line ends mangled.
    for case in 0..cases / 3 {
        let mut rng = Rng::new(2_000_000 + case as u64);
        let g = generate(&mut rng);
        check_lossless(&g.text);
        let cut = rng.below(g.text.len() + 1);
        let cut = (0..=cut)
            .rev()
            .find(|&i| g.text.is_char_boundary(i))
            .unwrap_or(0);
        check_lossless(&g.text[..cut]);
        check_lossless(&g.text.replace('\n', "\r"));
    }
}

#[test]
fn a_megabyte_is_split_quickly() {
    // 1 MB of articles, each with wrapped paragraphs and an inner list.
    let mut text = String::new();
    let mut n = 1;
    while text.len() < 1_000_000 {
        text.push_str(&format!("Article {n}\n"));
        for _ in 0..3 {
            text.push_str(
                "The Parties shall ensure the security of the observers within the\n\
                 zone of contact and shall report every week to the joint commission,\n\
                 which meets in Geneva and in Vienna in turn.\n\n",
            );
        }
        text.push_str(
            "The Parties shall ensure the security of the observers within\n\
             the zone of contact, as follows:\n(a) weekly reports;\n(b) joint patrols.\n\n",
        );
        n += 1;
    }
    let started = std::time::Instant::now();
    let pieces = split(&text);
    let elapsed = started.elapsed();
    assert_eq!(pieces.len(), n - 1);
    assert_eq!(pieces[41].number, "42");
    let paragraphs: Vec<&str> = pieces[41].text.split('\n').collect();
    assert_eq!(paragraphs.len(), 6);
    assert_eq!(
        paragraphs[0],
        "The Parties shall ensure the security of the observers within the zone of contact and shall report every week to the joint commission, which meets in Geneva and in Vienna in turn."
    );
    assert_eq!(paragraphs[4], "(a) weekly reports;");
    // Generous for an unoptimised build on a busy machine; linear work takes far less.
    assert!(elapsed.as_secs() < 20, "took {elapsed:?}");

    // Pathological shapes: one 1 MB line, a million line ends, runs of numbers.
    let started = std::time::Instant::now();
    let long_line = "word ".repeat(200_000);
    assert_eq!(split(&long_line).len(), 1);
    let newlines = "\n".repeat(1_000_000);
    assert!(split(&newlines).is_empty());
    let numbers: String = (0..100_000).map(|i| format!("{}.\n", i % 1000)).collect();
    let _ = split(&numbers);
    let deep: String = (0..50_000).map(|_| "1.1.1.1.1.1 x\n").collect();
    let _ = split(&deep);
    let romans: String = (0..50_000)
        .map(|i| format!("({}) x\n", roman(i % 30 + 1, false)))
        .collect();
    let _ = split(&romans);
    let spaces = format!("1.{}x\n2. y\n", " ".repeat(1_000_000));
    assert_eq!(split(&spaces).len(), 2);
    assert!(
        started.elapsed().as_secs() < 30,
        "took {:?}",
        started.elapsed()
    );
}
