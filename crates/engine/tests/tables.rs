//! The seven CSV tables (`clausewise convert`, the editor): round trips and problems that
//! name their file and line. The command line's own tests cover files on disk.

use clausewise_engine::tables::{from_tables, parse, to_tables};

#[test]
fn sets_round_trip_through_the_tables() {
    for text in [
        include_str!("../../../tests/corpus/gpl-1-to-2.json"),
        include_str!("../../../static/data/peace-framework.json"),
    ] {
        let set = clausewise_engine::load(text).unwrap().into_inner();
        let files = to_tables(&set);
        assert_eq!(files.len(), 7);
        let (back, warnings) = from_tables(&files).unwrap();
        assert_eq!(back, set);
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}

#[test]
fn cells_follow_rfc_4180_and_problems_name_file_and_line() {
    assert_eq!(
        parse("\u{feff}a,\"b\nc\"\r\nd,\"e \"\"f\"\"\"").unwrap(),
        vec![
            (1, vec!["a".into(), "b\nc".into()]),
            (3, vec!["d".into(), "e \"f\"".into()])
        ]
    );
    assert!(parse("a,\"b\nc").unwrap_err().contains("line 1"));
    let files = vec![
        (
            "set.csv".to_string(),
            "format,title,colour\nclausewise/1,T,red\n".to_string(),
        ),
        (
            "drafts.csv".to_string(),
            "id,title,date,author\nd,D,2020,\n".to_string(),
        ),
        (
            "x/clauses.csv".to_string(),
            "draft,id,number,text\r\nd,c,1,Hi\r\nq,c2,2,Ho\r\n".to_string(),
        ),
    ];
    assert_eq!(
        from_tables(&files).unwrap_err(),
        vec![
            "drafts.csv line 2: the \"author\" cell is empty".to_string(),
            "clauses.csv line 3: unknown draft \"q\" (not in drafts.csv)".to_string(),
        ]
    );
    let ok = vec![
        (
            "set.csv".to_string(),
            "format,title,colour\nclausewise/1,T,red\n".to_string(),
        ),
        (
            "drafts.csv".to_string(),
            "id,title,date,author\nd,D,2020,A\n".to_string(),
        ),
        (
            "clauses.csv".to_string(),
            "draft,id,number,text,uncertain\nd,c,1,Hi,FALSE\n".to_string(),
        ),
    ];
    let (set, warnings) = from_tables(&ok).unwrap();
    assert_eq!(warnings, vec!["set.csv: unknown column \"colour\", ignored (expected: format, title, description, updated, note)".to_string()]);
    assert_eq!(
        set.drafts[0].clauses[0].uncertain, None,
        "a spreadsheet's FALSE is the flag"
    );
    let missing = from_tables(&ok[..2]).unwrap_err();
    assert_eq!(
        missing,
        vec![
            "clauses.csv: missing (a set needs at least set.csv, drafts.csv and clauses.csv)"
                .to_string()
        ]
    );
}
