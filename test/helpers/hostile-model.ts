/**
 * A model whose names and strings carry markup, script, formula and Markdown payloads. Every
 * renderer must show them as text.
 */
export const HOSTILE_MODEL = String.raw`
programme P "<script>window.__pwned=1</script>" {
    city "\"><img src=x onerror=\"window.__pwned=2\">"
    as-of 2026-06-30
}

stakeholder Evil "<script>window.__pwned=3</script>" : municipality {
    scale local
    sector public
    category active
    roles driver-of-technology
    power high
    interest high
    engagement neutral -> leading
    strategy manage-closely "<img src=x onerror=window.__pwned=4>"
    onion core
    aims "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0"
    challenges "-2+3", "@SUM(A1)"
    potential "[click](javascript:alert(1)) ![i](http://evil.example/x.png)"
    constraints "| broken | table |", "</textarea><svg onload=window.__pwned=5>"
    contributions "\` \`\`\` fence \`\`\`"
}

stakeholder Quote "\"><svg/onload=window.__pwned=6>" : citizens {
    scale local
    sector civil
    category beneficiary
    roles enabler-of-ssc
    power low
    interest high
    engagement neutral
    onion direct
}

group Weird "<b onmouseover=window.__pwned=7>group</b>"

stakeholder Other "javascript:alert(1)" : Weird {
    category active
    power 3
    interest 3
    engagement supportive
}

relation Evil -> Quote : informs "<script>window.__pwned=8</script>"
relation Quote -> Other : consults "\"); alert(1); //"

kpi K "<iframe src=http://evil.example>" {
    provider Quote
    examiner Evil
    target "=1+1"
}

grievance G "<style>body{display:none}</style>" established 2026-01-01

consultation C "<object data=x>" {
    date 2026-03-01
    participants Evil, Quote
    information-shared 2026-02-01
    grievance G
    feedback "<a href=javascript:alert(1)>feedback</a>"
}

assessment "<script>1</script>" on 2026-03-31 {
    Evil resistant
}

action Bad "<script>window.__pwned=9</script>" {
    with Evil, Quote
    owner Evil
    level involve
    channel "<img src=x onerror=window.__pwned=10>"
    due 2026-05-01
    status dropped "</title><script>window.__pwned=11</script>"
}
`;
