#!/usr/bin/env bash
# The command-line contract of design.md, checked from the outside: columns, stdin mode, formats,
# catalogs, and exit codes 0 (ok), 1 (bad data), 2 (bad usage).
# Usage: test_cli.sh ONOMA_BINARY FIXTURES_DIR
set -u
onoma=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $1"
  fi
}

expect_equal() {  # expect_equal NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then check "$1" 0; else
    check "$1" 1
    printf '  expected: %q\n  actual:   %q\n' "$2" "$3"
  fi
}

# resolve: TSV columns query, status, entity_id, score, canonical.
out=$("$onoma" resolve "Choi Sun Hee" "Choe Son-hui" 2>"$work/err"); rc=$?
expect_equal "resolve exits 0" 0 "$rc"
expect_equal "resolve TSV row" $'Choi Sun Hee\tresolved\tchoe-son-hui\t1.000\tChoe Son-hui' \
  "$(sed -n 1p <<<"$out")"
expect_equal "resolve second row" "choe-son-hui" "$(sed -n 2p <<<"$out" | cut -f3)"

# stdin: one line per item, in order, even for empty and invalid lines.
printf 'Kim Jong Un\n\nChoi\n\xff\xfe\nNobody Atall\r\nChoi Ryong-hae\n' >"$work/names"
"$onoma" resolve <"$work/names" >"$work/out"; rc=$?
expect_equal "stdin exits 0" 0 "$rc"
expect_equal "stdin line count" 6 "$(wc -l <"$work/out" | tr -d ' ')"
expect_equal "stdin order and statuses" "resolved unknown ambiguous unknown unknown resolved" \
  "$(cut -f2 "$work/out" | tr '\n' ' ' | sed 's/ $//')"
expect_equal "ambiguous lists every tied id" "choe-ryong-hae|choe-son-hui" "$(sed -n 3p "$work/out" | cut -f3)"
expect_equal "unknown has an empty id" "" "$(sed -n 5p "$work/out" | cut -f3)"
expect_equal "invalid UTF-8 is echoed as U+FFFD" $'\xef\xbf\xbd\xef\xbf\xbd' "$(sed -n 4p "$work/out" | cut -f1)"
expect_equal "different people stay apart" "choe-ryong-hae" "$(sed -n 6p "$work/out" | cut -f3)"

# TSV escaping keeps one row per item.
out=$("$onoma" resolve $'Kim\tJong Un'); expect_equal "tab in a query is escaped" 'Kim\tJong Un' "$(cut -f1 <<<"$out")"

# --explain adds a column; jsonl is one object per line.
out=$("$onoma" resolve --explain "Mr. Lavrov")
expect_equal "explain column count" 6 "$(awk -F'\t' '{print NF}' <<<"$out")"
grep -q "stripped 'Mr.'" <<<"$out"; check "explanation names the stripped title" $?
out=$("$onoma" resolve --format jsonl --explain "Kim Jong-un" "Kim")
expect_equal "jsonl lines" 2 "$(wc -l <<<"$out" | tr -d ' ')"
grep -q '^{"query":"Kim Jong-un","status":"resolved","entity_id":"kim-jong-un"' <<<"$out"; check "jsonl fields" $?
grep -q '"status":"ambiguous","entity_id":null' <<<"$out"; check "jsonl ambiguous" $?

# Catalogs: added, replacing the builtin one, and broken.
printf '#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\nzz-test\tperson\ten\tZebulon Quartz\t\tZeb Quartz\t\n' >"$work/extra.tsv"
out=$("$onoma" resolve --catalog "$work/extra.tsv" "zeb quartz" "Choe Son-hui")
expect_equal "--catalog adds entities" "zz-test choe-son-hui" "$(cut -f3 <<<"$out" | tr '\n' ' ' | sed 's/ $//')"
out=$("$onoma" resolve --no-builtin --catalog "$work/extra.tsv" "Choe Son-hui")
expect_equal "--no-builtin drops the builtin catalog" "unknown" "$(cut -f2 <<<"$out")"
"$onoma" resolve --catalog "$fixtures/catalogs/bad/bad_type.tsv" "x" >/dev/null 2>"$work/err"; rc=$?
expect_equal "bad catalog exits 1" 1 "$rc"
grep -q "bad_type.tsv:3:14: error: invalid type 'human'" "$work/err"; check "bad catalog error has file:line:col" $?
"$onoma" resolve --catalog "$work/missing.tsv" "x" >/dev/null 2>&1; expect_equal "missing catalog exits 1" 1 $?

# annotate: JSONL by default, one object per mention, byte offsets into the document.
printf 'Yesterday Choe Son-hui met reporters.\n' >"$work/doc.txt"
out=$("$onoma" annotate "$work/doc.txt"); rc=$?
expect_equal "annotate exits 0" 0 "$rc"
expect_equal "annotate JSONL" "{\"file\":\"$work/doc.txt\",\"start\":10,\"end\":22,\"text\":\"Choe Son-hui\",\"entity\":\"choe-son-hui\",\"score\":1.0,\"status\":\"resolved\"}" "$out"
out=$("$onoma" annotate --format tsv <"$work/doc.txt")
expect_equal "annotate TSV from stdin" $'-\t10\t22\tChoe Son-hui\tresolved\tchoe-son-hui\t1.000' "$out"
"$onoma" annotate "$work/no-such-file.txt" >/dev/null 2>&1; expect_equal "annotate missing file exits 1" 1 $?

# compare: `a b score verdict`, pairs from stdin as a<TAB>b.
out=$("$onoma" compare "Kim Jong-un" "Jong-un Kim")
expect_equal "compare TSV" $'Kim Jong-un\tJong-un Kim\t0.920\tsame' "$out"
out=$(printf 'Kim Jong-un\tKim Jong-il\nSergey Lavrov\tSERGEY LAVROV\n' | "$onoma" compare)
expect_equal "compare stdin verdicts" "different same" "$(cut -f4 <<<"$out" | tr '\n' ' ' | sed 's/ $//')"
out=$("$onoma" compare --format jsonl "A" "a")
expect_equal "compare JSONL" '{"a":"A","b":"a","score":0.97,"verdict":"same"}' "$out"
"$onoma" compare "only one" >/dev/null 2>&1; expect_equal "compare with one name exits 2" 2 $?
# Part by part: an initial is the same person at a lower score; a contradicting part is not; an
# extra initial costs a little.
out=$("$onoma" compare --explain "S. Lavrov" "Sergey Lavrov")
expect_equal "compare initial verdict" "same" "$(cut -f4 <<<"$out")"
check "compare initial explained" "$(grep -q "initial 'S' ~ 'Sergey'" <<<"$out"; echo $?)"
out=$("$onoma" compare --format jsonl --explain "Kim Jong-un" "Kim Jong-il")
check "compare JSONL parts name the contradiction" \
  "$(grep -q '"query":"Jong-un","name":"Jong-il","match":"contradicted"' <<<"$out"; echo $?)"
out=$("$onoma" resolve --format jsonl --explain "Mike R. Pompeo")
check "resolve JSONL explains an extra part part by part" \
  "$(grep -q '"match":"aligned".*"query":"R","name":"","match":"extra"' <<<"$out"; echo $?)"

# romanize and variants
out=$("$onoma" romanize --system ko-dprk --name 최선희 리용호)
expect_equal "romanize names, one line each" $'Choe Son Hui\nRi Yong Ho' "$out"
expect_equal "romanize text from stdin" "jongno" "$(printf '종로\n' | "$onoma" romanize --system ko-rr)"
"$onoma" romanize --system ko-xx x >/dev/null 2>&1; expect_equal "unknown system exits 2" 2 $?
"$onoma" romanize x >/dev/null 2>&1; expect_equal "romanize without --system exits 2" 2 $?
out=$("$onoma" romanize --system zh-pinyin --name 习近平)
expect_equal "romanize zh-pinyin with tones" "Xí Jìnpíng" "$out"
out=$("$onoma" romanize --system zh-pinyin --no-tones --name 习近平)
expect_equal "romanize zh-pinyin without tones" "Xi Jinping" "$out"
out=$("$onoma" romanize --system zh-wade-giles --name 习近平 毛泽东)
expect_equal "romanize zh-wade-giles" $'Hsi Chin-p\'ing\nMao Tse-tung' "$out"
out=$("$onoma" romanize --system ru-bgn "Сергей Лавров")
expect_equal "romanize ru-bgn" "Sergey Lavrov" "$out"
out=$("$onoma" resolve --explain "Sergej Lawrow" | cut -f2,3)
expect_equal "a German spelling resolves" $'resolved\tsergey-lavrov' "$out"
out=$("$onoma" variants --max 2 김정은)
expect_equal "variants columns" $'Kim Chong-un\tko-mr-ascii\t김정은\t1.000\nKim Jong Un\tko-dprk\t김정은\t1.000' "$out"

# check-catalog
"$onoma" check-catalog "$fixtures/catalogs/good.tsv" 2>"$work/err"; expect_equal "check good exits 0" 0 $?
"$onoma" check-catalog "$fixtures/catalogs/lint.tsv" 2>"$work/err"; expect_equal "check lint exits 0" 0 $?
grep -q "lint.tsv:4:.*: warning: name 'KIM JONG-UN' is shared" "$work/err"; check "shared alias warning" $?
"$onoma" check-catalog "$fixtures/catalogs/bad/several_errors.tsv" "$fixtures/catalogs/good.tsv" 2>"$work/err"
expect_equal "check bad exits 1" 1 $?
expect_equal "check reports every error" 2 "$(grep -c ': error: ' "$work/err")"

# Usage errors exit 2.
"$onoma" frobnicate >/dev/null 2>"$work/err"; expect_equal "unknown subcommand exits 2" 2 $?
grep -q "unknown subcommand 'frobnicate'" "$work/err"; check "unknown subcommand is named" $?
"$onoma" >/dev/null 2>&1; expect_equal "no subcommand exits 2" 2 $?
"$onoma" resolve --format xml x >/dev/null 2>&1; expect_equal "bad format exits 2" 2 $?
"$onoma" resolve --bogus >/dev/null 2>&1; expect_equal "unknown option exits 2" 2 $?
"$onoma" check-catalog >/dev/null 2>&1; expect_equal "check-catalog without files exits 2" 2 $?
"$onoma" --help >/dev/null 2>&1; expect_equal "--help exits 0" 0 $?

# compile-catalog: catalogs and their reading index in one snapshot file (docs/catalog-snapshot.md).
"$onoma" compile-catalog "$work/extra.tsv" -o "$work/extra.onoma" 2>"$work/err"; rc=$?
expect_equal "compile-catalog exits 0" 0 "$rc"
grep -q "^compile-catalog: wrote .*extra.onoma (1 entities, [0-9]* bytes)$" "$work/err"; check "compile-catalog summary" $?
out=$("$onoma" resolve --no-builtin --catalog "$work/extra.onoma" "zeb quartz")
expect_equal "a snapshot resolves" "zz-test" "$(cut -f3 <<<"$out")"
out=$("$onoma" resolve --catalog "$work/extra.onoma" "zeb quartz" "Choi Sun Hee")
expect_equal "a snapshot combines with the builtin catalog" "zz-test choe-son-hui" "$(cut -f3 <<<"$out" | tr '\n' ' ' | sed 's/ $//')"
"$onoma" compile-catalog "$work/extra.onoma" -o "$work/again.onoma" 2>/dev/null
cmp -s "$work/extra.onoma" "$work/again.onoma"; check "a snapshot compiles again to the same bytes" $?
"$onoma" check-catalog "$work/extra.onoma" 2>/dev/null; expect_equal "check-catalog reads a snapshot" 0 $?
"$onoma" compile-catalog --builtin -o "$work/builtin.onoma" 2>/dev/null; expect_equal "compile-catalog --builtin exits 0" 0 $?
out=$("$onoma" resolve --no-builtin --catalog "$work/builtin.onoma" "Choi Sun Hee" "Сергей Лавров" "习近平")
expect_equal "the builtin snapshot resolves" "choe-son-hui sergey-lavrov xi-jinping" "$(cut -f3 <<<"$out" | tr '\n' ' ' | sed 's/ $//')"
head -c 100 "$work/builtin.onoma" >"$work/truncated.onoma"
"$onoma" resolve --no-builtin --catalog "$work/truncated.onoma" x >/dev/null 2>"$work/err"; rc=$?
expect_equal "truncated snapshot exits 1" 1 "$rc"
grep -q "truncated.onoma:41: error: catalog snapshot, byte 40: .*truncated" "$work/err"; check "truncated snapshot error names the byte" $?
"$onoma" compile-catalog "$fixtures/catalogs/bad/bad_type.tsv" -o "$work/bad.onoma" 2>"$work/err"; rc=$?
expect_equal "compile-catalog of a bad catalog exits 1" 1 "$rc"
grep -q "bad_type.tsv:3:14: error: invalid type 'human'" "$work/err"; check "compile-catalog reports catalog errors" $?
[ ! -e "$work/bad.onoma" ]; check "no snapshot from a bad catalog" $?
"$onoma" compile-catalog "$work/extra.tsv" -o "$work/no-such-dir/x.onoma" >/dev/null 2>&1; expect_equal "unwritable output exits 1" 1 $?
"$onoma" compile-catalog "$work/extra.tsv" >/dev/null 2>&1; expect_equal "compile-catalog without -o exits 2" 2 $?
"$onoma" compile-catalog -o "$work/x.onoma" >/dev/null 2>&1; expect_equal "compile-catalog without input exits 2" 2 $?

# Bad input lines: every line still gets its answer, in input order, and the run succeeds.
{ printf 'Kim Jong Un\n'; printf 'Kim\0Jong Un\n'; printf '\xc3\x28\xa0\n'; head -c 200000 /dev/zero | tr '\0' 'a'
  printf '\n'; printf '\xe2\x80\xae\xd8\xa8\n'; printf 'Choe Son-hui\n'; } >"$work/bad-lines"
"$onoma" resolve <"$work/bad-lines" >"$work/out" 2>"$work/err"; rc=$?
expect_equal "bad lines: resolve exits 0" 0 "$rc"
expect_equal "bad lines: one answer per line" 6 "$(wc -l <"$work/out" | tr -d ' ')"
expect_equal "bad lines: answers in input order" "kim-jong-un choe-son-hui" \
  "$(sed -n '1p;6p' "$work/out" | cut -f3 | tr '\n' ' ' | sed 's/ $//')"
"$onoma" romanize --system ko-rr <"$work/bad-lines" >"$work/out" 2>/dev/null; rc=$?
expect_equal "bad lines: romanize answers every line" "0 6" "$rc $(wc -l <"$work/out" | tr -d ' ')"
"$onoma" compare <"$work/bad-lines" >"$work/out" 2>/dev/null; rc=$?
expect_equal "bad lines: compare answers every line" "0 6" "$rc $(wc -l <"$work/out" | tr -d ' ')"

# A bad file among good ones: its error on stderr, the others annotated in order, exit 1.
printf 'Sergei Lavrov spoke.\n' >"$work/doc2.txt"
"$onoma" annotate --format tsv "$work/doc.txt" "$work/gone.txt" "$work/doc2.txt" >"$work/out" 2>"$work/err"; rc=$?
expect_equal "annotate with a missing file exits 1" 1 "$rc"
expect_equal "annotate goes on past a missing file, in order" "choe-son-hui sergey-lavrov" \
  "$(cut -f6 "$work/out" | tr '\n' ' ' | sed 's/ $//')"
grep -q "gone.txt: error: cannot open file" "$work/err"; check "the missing file is named on stderr" $?
grep -q "error" "$work/out"; expect_equal "errors stay off stdout" 1 $?

# Errors go to stderr only: a bad catalog writes nothing to stdout.
"$onoma" resolve --catalog "$fixtures/catalogs/bad/bad_type.tsv" "x" >"$work/out" 2>/dev/null
expect_equal "a bad catalog writes no output" 0 "$(wc -c <"$work/out" | tr -d ' ')"

# A full disk (/dev/full): the write error is noticed, said on stderr, and the exit code is 1.
if [ -w /dev/full ]; then
  for command in "resolve Kim" "annotate $work/doc.txt" "compare a b" "romanize --system ko-rr 김" "variants 김정은"; do
    # shellcheck disable=SC2086
    "$onoma" $command >/dev/full 2>"$work/err"; rc=$?
    expect_equal "full disk: $command exits 1" 1 "$rc"
    grep -q "error: cannot write standard output" "$work/err"; check "full disk: $command says so" $?
  done
  "$onoma" resolve <"$work/bad-lines" >/dev/full 2>"$work/err"; rc=$?
  expect_equal "full disk: resolve from stdin exits 1" 1 "$rc"
  expect_equal "full disk: one message" 1 "$(grep -c 'cannot write standard output' "$work/err")"
fi
# A file size limit stands in for a full disk for compile-catalog: no snapshot, no partial file.
(ulimit -f 8; trap '' XFSZ; "$onoma" compile-catalog --builtin -o "$work/big.onoma") >/dev/null 2>"$work/err"; rc=$?
expect_equal "compile-catalog on a full disk exits 1" 1 "$rc"
grep -q "big.onoma: error: cannot write" "$work/err"; check "compile-catalog names the failed write" $?
[ ! -e "$work/big.onoma" ] && [ ! -e "$work/big.onoma.tmp" ]; check "compile-catalog leaves no partial file" $?

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
