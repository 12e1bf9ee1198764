<?php
/*
 * Generates the scanner's knowledge of the tables, so that they stay the one source of truth:
 * a symbol or text added to a .def file is recognised after `php scripts/gen-scan-rules.php
 * && make`. It writes src/scan_rules.re (re2c rules for the message texts),
 * src/scan_symbols.h (every symbol, sorted, for the scanner's lookup of an upper-case word)
 * and src/scan_index.h (the hash slots of that lookup, and the table of the three bytes any
 * rule of src/scan.re or src/scan_rules.re can start with, which lets the scanner pass over
 * the words of ordinary lines without running its automaton on them).
 * A build needs neither this script nor re2c: these files and src/scan.c are committed.
 *
 * Each message text is classified here, across every platform that has it: the symbol and
 * case when all of them agree, the platform and native code only when a single platform has
 * the text. A text whose meaning differs between platforms, or that maps to no case, or that
 * is too generic to tell a socket failure from anything else, gets no rule.
 *
 * Usage: php scripts/gen-scan-rules.php [--check]
 */
$root = dirname(__DIR__);
$platforms = ['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'];
$families = ['ERRNO' => 'ERRNO', 'WSA' => 'WINDOWS', 'EAI' => 'RESOLVER', 'HERRNO' => 'RESOLVER'];

function c_string(string $s): string
{
    return stripcslashes($s);
}

/** The rows of a .def file: [macro, symbol, code, message|null]. */
function rows(string $file, string $pattern): array
{
    preg_match_all($pattern, file_get_contents($file), $m, PREG_SET_ORDER);
    return $m;
}

$map = [];
foreach (rows("$root/src/map.def", '/^SOCKERR_MAP\((\w+), (\w+)\)/m') as $m) {
    $map[$m[1]] = $m[2];
}

$texts = [];    // lower-cased text => list of [platform, family, symbol, code, case, text]
$symbols = [];  // symbol => list of [platform, family, code, case]
foreach ($platforms as $index => $platform) {
    $pattern = '/^SOCKERR_(ERRNO|WSA|EAI|HERRNO)\((\w+), (-?\d+), (NULL|"((?:[^"\\\\]|\\\\.)*)")\)/m';
    $seen = [];
    foreach (rows("$root/src/platforms/$platform.def", $pattern) as $m) {
        [, $macro, $symbol, $code] = $m;
        $case = $map[$symbol] ?? throw new RuntimeException("$symbol has no row in map.def");
        $symbols[$symbol][] = [$index, $families[$macro], (int) $code, $case];
        // an alias repeats its canonical row's text: the text names the canonical symbol
        $canonical = !isset($seen[$macro][$code]);
        $seen[$macro][$code] = true;
        if ($m[4] !== 'NULL' && $canonical) {
            $text = trim(c_string($m[5]));
            $texts[strtolower(rtrim($text, '.'))][] = [$index, $families[$macro], $symbol, (int) $code, $case, $text];
        }
    }
}

$curlTexts = []; // lower-cased text => [code, text]
$curlSymbols = [];
if (is_file("$root/src/curl.def")) {
    $pattern = '/^SOCKERR_CURL(?:_ALIAS)?\((\w+), (\d+)(?:, (\w+), ([01]), "((?:[^"\\\\]|\\\\.)*)", "((?:[^"\\\\]|\\\\.)*)")?\)/m';
    foreach (rows("$root/src/curl.def", $pattern) as $m) {
        $curlSymbols[$m[1]] = (int) $m[2];
        foreach ([$m[5] ?? null, $m[6] ?? null] as $text) {
            if ($text !== null && $text !== '') {
                $text = c_string($text);
                $curlTexts[strtolower(rtrim($text, '.'))] ??= [(int) $m[2], $text];
            }
        }
    }
}

/** Texts that say nothing about a socket failure on their own. */
function too_generic(string $text): bool
{
    return strlen($text) < 12 || !str_contains($text, ' ')
        || preg_match('/^(unknown error|error \d+|no error|success|internal error|unknown host)/i', $text);
}

/** The start of a text, enough to tell it from every other: a long text (Windows writes
 *  whole sentences) is matched on its first words only, which keeps the automaton small. */
function head_of(string $text): string
{
    $text = rtrim($text, '.'); // a closing period is often left out of logs
    if (strlen($text) <= HEAD) {
        return $text;
    }
    $cut = strrpos(substr($text, 0, HEAD + 1), ' ');
    return substr($text, 0, $cut > HEAD / 2 ? $cut : HEAD);
}

function re2c_literal(string $text): string
{
    // '...' is case-insensitive in re2c
    return "'" . addcslashes($text, "'\\\0..\37\177..\377") . "'";
}

/** Rules keyed by the head of their text; heads that would mean different things keep the whole text. */
function literal_rules(array $rules): string
{
    $byHead = [];
    foreach ($rules as [$text, $action]) {
        $byHead[strtolower(head_of($text))][] = [$text, $action];
    }
    $out = [];
    foreach ($byHead as $same) {
        $actions = array_unique(array_column($same, 1));
        foreach (count($actions) === 1 ? [$same[0]] : $same as [$text, $action]) {
            $out[strtolower(count($actions) === 1 ? head_of($text) : rtrim($text, '.'))] =
                re2c_literal(count($actions) === 1 ? head_of($text) : rtrim($text, '.')) . " { $action }\n";
        }
    }
    ksort($out);
    return implode('', $out);
}

/** The hash of a symbol, as emit_symbol() in src/scan.re computes it. */
function symbol_hash(string $name): int
{
    $hash = 0;
    foreach (str_split($name) as $byte) {
        $hash = ($hash * 31 + ord($byte)) & 0xffffffff;
    }
    return $hash;
}

/** Open-addressed hash slots of the symbols: each holds a symbol's index + 1, or 0. */
function symbol_slots(array $names): string
{
    $size = 1;
    while ($size < 2 * count($names)) {
        $size <<= 1;
    }
    $slots = array_fill(0, $size, 0);
    foreach ($names as $i => $name) {
        for ($slot = symbol_hash($name) & ($size - 1); $slots[$slot] !== 0; $slot = ($slot + 1) & ($size - 1)) {
        }
        $slots[$slot] = $i + 1;
    }
    return "/* the symbols by hash (h = h * 31 + byte, in 32 bits), linear probing: index + 1, or 0 */\n"
        . "#define SCAN_SYMBOL_SLOTS $size\n"
        . "static const unsigned short scan_symbol_slot[SCAN_SYMBOL_SLOTS] = {\n"
        . c_rows(array_map('strval', $slots), 16) . "};\n\n";
}

function c_rows(array $values, int $perLine): string
{
    $out = '';
    foreach (array_chunk($values, $perLine) as $row) {
        $out .= "\t" . implode(', ', $row) . ",\n";
    }
    return $out;
}

/*
 * The scanner runs its automaton only at a byte where a rule can start: a letter that starts
 * a word, or '[', '(' or ':' (next_start() in src/scan.re finds them). There it looks up the
 * classes of the first three bytes in a bitmap of every rule's start; most words of ordinary
 * lines start no rule and are passed over. The classes fold case, as the rules for texts do.
 */
const START_PUNCT = ['[' => 29, '(' => 30, ':' => 31];

function byte_class(string $byte): int
{
    $lower = strtolower($byte);
    return match (true) {
        $lower >= 'a' && $lower <= 'z' => ord($lower) - ord('a') + 1,
        $byte >= '0' && $byte <= '9' => 27,
        $byte === ' ' || $byte === "\t" => 28,
        default => START_PUNCT[$byte] ?? 0,
    };
}

/** The re2c blocks of a source file. */
function re2c_blocks(string $file): string
{
    if (!preg_match_all('~/\*!re2c(.*?)\*/~s', file_get_contents($file), $blocks)) {
        throw new RuntimeException("$file has no re2c block");
    }
    return implode("\n", $blocks[1]);
}

/**
 * The literal each rule starts with, one per alternative: "[" for `"[" number "]"`. The
 * symbol rule ([A-Z] [A-Z0-9_]+) is left to the symbols themselves; a rule that starts some
 * other way cannot be looked up, and stops the script.
 */
function rule_starts(string $rules, string $file): array
{
    $starts = [];
    $rule = '';
    for ($i = 0, $n = strlen($rules); $i < $n; $i++) {
        $c = $rules[$i];
        if ($c === '/' && ($rules[$i + 1] ?? '') === '/') {
            $i = strpos($rules, "\n", $i) ?: $n; // a comment
        } elseif ($c === '/' && ($rules[$i + 1] ?? '') === '*') {
            $i = (strpos($rules, '*/', $i + 2) ?: $n) + 1;
        } elseif ($c === '"' || $c === "'" || $c === '[') {
            $end = $i + 1; // a literal or a class, kept whole
            while ($end < $n && $rules[$end] !== ($c === '[' ? ']' : $c)) {
                $end += $rules[$end] === '\\' ? 2 : 1;
            }
            $rule .= substr($rules, $i, $end - $i + 1);
            $i = $end;
        } elseif ($c === ';') {
            $rule = ''; // a setting, a definition or an !include: no rule
        } elseif ($c === '{' && preg_match('/\G\{\d+(,\d*)?\}/', $rules, $count, 0, $i)) {
            $rule .= $count[0]; // a repetition: [0-9]{5}
            $i += strlen($count[0]) - 1;
        } elseif ($c === '{') {
            for ($depth = 0; $i < $n; $i++) { // the action ends the rule
                $depth += $rules[$i] === '{' ? 1 : ($rules[$i] === '}' ? -1 : 0);
                if ($depth === 0) {
                    break;
                }
            }
            $starts = array_merge($starts, alternative_starts(trim($rule), $file));
            $rule = '';
        } else {
            $rule .= $c;
        }
    }
    return $starts;
}

function alternative_starts(string $rule, string $file): array
{
    if ($rule === '$' || $rule === '*') {
        return [];
    }
    $starts = [];
    // the alternatives at the top level: split at '|' outside literals and classes
    preg_match_all('/(?:\'(?:\\\\.|[^\'\\\\])*\'|"(?:\\\\.|[^"\\\\])*"|\[(?:\\\\.|[^\]\\\\])*\]|[^|\'"[])+/', $rule, $m);
    foreach ($m[0] as $alternative) {
        $alternative = trim($alternative);
        if ($alternative === '[A-Z] [A-Z0-9_]+') {
            continue; // the symbol rule: the symbols' own starts are added
        }
        if (!preg_match('/^([\'"])((?:\\\\.|(?!\1).)*)\1/', $alternative, $literal)) {
            throw new RuntimeException("$file: cannot tell how the rule `$alternative` starts; start it with a literal");
        }
        $starts[] = stripcslashes($literal[2]);
    }
    return $starts;
}

/** The class of each byte, and the bitmap of the rules' first three bytes: bit c of word
 *  a * 32 + b is set if a rule can start with bytes of classes a, b, c. */
function start_table(array $starts): string
{
    $all = range(0, 31);
    $bits = array_fill(0, 32 * 32, 0);
    foreach ($starts as $start) {
        $first = byte_class($start[0]);
        if (!ctype_alpha($start[0]) && !isset(START_PUNCT[$start[0]])) {
            throw new RuntimeException("a rule starts with '{$start[0]}' (\"$start\"): the scanner tries rules only "
                . "at a letter or at " . implode(' ', array_keys(START_PUNCT)) . "; change next_start() in src/scan.re");
        }
        foreach (strlen($start) > 1 ? [byte_class($start[1])] : $all as $second) {
            foreach (strlen($start) > 2 ? [byte_class($start[2])] : $all as $third) {
                $bits[$first * 32 + $second] |= 1 << $third;
            }
        }
    }
    $classes = array_map(fn ($c) => (string) byte_class(chr($c)), range(0, 255));
    $set = array_sum(array_map(fn ($b) => substr_count(decbin($b), '1'), $bits));
    return "/* the class of a byte: 0 other, 1-26 a letter of either case, 27 a digit, 28 a space or tab,\n"
        . " * 29 '[', 30 '(', 31 ':' */\n"
        . "static const unsigned char scan_class[256] = {\n" . c_rows($classes, 16) . "};\n\n"
        . "/* the first three bytes of the rules: $set of 32768 class triples */\n"
        . "static const uint32_t scan_starts[32 * 32] = {\n"
        . c_rows(array_map(fn ($b) => sprintf('0x%08xU', $b), $bits), 8) . "};\n";
}

$out = "/* Generated by scripts/gen-scan-rules.php from src/platforms/<id>.def, src/map.def and\n"
    . " * src/curl.def. DO NOT EDIT: change the tables and run the script. */\n\n";

$count = ['symbol' => 0, 'message' => 0, 'curl' => 0];
$header = "/* Generated by scripts/gen-scan-rules.php from src/platforms/<id>.def, src/map.def and\n"
    . " * src/curl.def. DO NOT EDIT: change the tables and run the script.\n"
    . " * Every symbol, in strcmp() order: SOCKERR_SCAN_SYMBOL(NAME, Case, family, platform, native, curl) */\n";
$symbolRows = [];
foreach ($symbols as $symbol => $uses) {
    $cases = array_unique(array_column($uses, 3));
    $famil = array_unique(array_column($uses, 1));
    $plats = array_unique(array_column($uses, 0));
    $case = count($cases) === 1 ? $cases[0] : 'Unknown';
    $platform = count($plats) === 1 ? $plats[0] : -1;
    $family = count($famil) === 1 ? 'SOCKERR_FAMILY_' . $famil[0] : -1;
    $native = $platform >= 0 ? $uses[0][2] : 'SOCKERR_NO_CODE';
    $symbolRows[$symbol] = sprintf("SOCKERR_SCAN_SYMBOL(%s, %s, %s, %d, %s, -1)\n",
        $symbol, $case, $family, $platform, $native);
}
foreach ($curlSymbols as $symbol => $code) {
    $symbolRows[$symbol] = sprintf("SOCKERR_SCAN_SYMBOL(%s, Unknown, SOCKERR_FAMILY_CURL, -1, %d, %d)\n", $symbol, $code, $code);
}
ksort($symbolRows, SORT_STRING);
$header .= implode('', $symbolRows);
$count['symbol'] = count($symbolRows);

const HEAD = 40;
$rules = [];
ksort($texts);
foreach ($texts as $key => $uses) {
    $cases = array_unique(array_column($uses, 4));
    $symbolsOf = array_unique(array_column($uses, 2));
    $plats = array_unique(array_column($uses, 0));
    $famil = array_unique(array_column($uses, 1));
    if (count($cases) !== 1 || $cases[0] === 'Unknown' || too_generic($uses[0][5]) || isset($curlTexts[$key])) {
        continue;
    }
    $platform = count($plats) === 1 ? $plats[0] : -1;
    $codes = array_unique(array_column($uses, 3));
    $rules[] = [$uses[0][5], sprintf("SOCKERR_MESSAGE(%s, SOCKERR_CASE_%s, %s, %d, %s);",
        count($symbolsOf) === 1 ? '"' . $uses[0][2] . '"' : 'NULL',
        $cases[0], count($famil) === 1 ? 'SOCKERR_FAMILY_' . $famil[0] : -1, $platform,
        $platform >= 0 && count($codes) === 1 ? $codes[0] : 'SOCKERR_NO_CODE')];
    $count['message']++;
}
ksort($curlTexts);
foreach ($curlTexts as $key => [$code, $text]) {
    if (too_generic($text)) {
        continue;
    }
    $rules[] = [$text, sprintf("SOCKERR_CURL_MESSAGE(%d);", $code)];
    $count['curl']++;
}
$out .= "\n" . literal_rules($rules);

$index = "/* Generated by scripts/gen-scan-rules.php from the rules of src/scan.re and src/scan_rules.re\n"
    . " * and the symbols of src/scan_symbols.h. DO NOT EDIT: run the script. */\n\n"
    . symbol_slots(array_keys($symbolRows))
    . start_table(array_merge(rule_starts(re2c_blocks("$root/src/scan.re"), 'src/scan.re'),
        rule_starts($out, 'src/scan_rules.re'), array_keys($symbolRows)));

$outputs = ["$root/src/scan_rules.re" => $out, "$root/src/scan_symbols.h" => $header, "$root/src/scan_index.h" => $index];
if (in_array('--check', $argv, true)) {
    foreach ($outputs as $target => $content) {
        if (!is_file($target) || file_get_contents($target) !== $content) {
            fwrite(STDERR, basename($target) . " is stale: run php scripts/gen-scan-rules.php\n");
            exit(1);
        }
    }
    exit(0);
}
foreach ($outputs as $target => $content) {
    file_put_contents($target, $content);
}
fprintf(STDERR, "src/scan_symbols.h: %d symbols; src/scan_rules.re: %d message texts, %d cURL texts; src/scan_index.h\n",
    $count['symbol'], $count['message'], $count['curl']);
