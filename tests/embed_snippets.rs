//! The embed code a newsroom pastes: the current view, and data that stays text.

use clausewise::components::embed_panel::snippets;

#[test]
fn both_snippets_point_at_the_view() {
    let url = "https://example.org/cw/?embed=1#left=us-28&right=ua-20";
    let (iframe, pym) = snippets(url, "Peace drafts");
    assert!(
        iframe.starts_with(&format!("<iframe src=\"{url}\" title=\"Peace drafts\"")),
        "{iframe}"
    );
    assert!(iframe.contains("height=\"900\""));
    assert!(
        pym.contains(&format!(
            "new pym.Parent('clausewise-embed', '{url}', {{title: 'Peace drafts'}})"
        )),
        "{pym}"
    );
}

#[test]
fn a_hostile_title_cannot_break_out() {
    let (iframe, pym) = snippets(
        "https://e.org/",
        "a\" onload=\"x</script><script>alert(1)//'\n",
    );
    assert!(!iframe.contains("\" onload"), "{iframe}");
    assert!(!pym.contains("</script><script>alert"), "{pym}");
    assert!(!pym.contains("'\n"), "{pym}");
    assert!(pym.contains("\\'"), "{pym}");
}
