<?php
/*
 * Generates the scanner's knowledge of the tables, so that they stay the one source of truth:
 * a symbol or text added to a .def file is recognised after `php scripts/gen-scan-rules.php
 * && make`. It writes src/scan_texts.h (the message texts in every language, looked up by
 * hash), src/scan_rules.re (re2c rules for the few English texts that a rule of src/scan.re
 * could match too), src/scan_symbols.h (every symbol, sorted, for the scanner's lookup of an
 * upper-case word) and src/scan_index.h (the hash slots of that lookup and of the texts', and
 * the tables of how the rules of src/scan.re and src/scan_rules.re and the texts start, which
 * let the scanner pass over the words of ordinary lines without running its automaton on them).
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

/*
 * The C libraries' other texts (src/l10n/, see scripts/gen-l10n.php): musl's English ones join
 * the platforms' texts as Linux's, and libcurl's for Winsock codes as Windows'; the translations (glibc's, Windows')
 * are looked up by hash (scan_texts.h), which keeps the automaton the size of the English rules.
 */
$native = [];  // platform index => symbol => [family, code], canonical rows first
foreach ($symbols as $symbol => $uses) {
    foreach ($uses as [$index, $family, $code]) {
        $native[$index][$symbol] ??= [$family, $code];
    }
}
$platformTexts = $texts;
$shortTexts = []; // keys of musl's and libcurl's texts too vague to count alone
$localized = []; // lower-cased text => list of [platform, family, symbol, code, case, text, language]
foreach (glob("$root/src/l10n/*.def") as $file) {
    $platform = str_contains(basename($file), 'windows') ? array_search('windows', $platforms, true) : 0;
    foreach (rows($file, '/^SOCKERR_L10N\((\w+), (\w+), "((?:[^"\\\\]|\\\\.)*)"\)/m') as [, $lang, $symbol, $text]) {
        [$family, $code] = $native[$platform][$symbol] ?? throw new RuntimeException("$file: $symbol is no symbol of {$platforms[$platform]}");
        $text = trim(c_string($text));
        $use = [$platform, $family, $symbol, $code, $map[$symbol], $text, $lang];
        if ($lang === 'musl' || $lang === 'curl') {
            // English: the automaton's, when long enough and naming something of the network
            // (musl's and libcurl's are short: "Not supported" alone is no failure). A text a
            // platform's table has for another symbol keeps that table's symbol.
            $key = strtolower(rtrim($text, '.'));
            if (!in_array($symbol, array_column($platformTexts[$key] ?? [[2 => $symbol]], 2), true)) {
                continue;
            }
            $texts[$key][] = $use;
            if (strlen($text) < 20 && !preg_match('/connect|host|network|address|socket|route|name|timed|refused|reset|unreachable|resolv/i', $text)) {
                $shortTexts[$key] = true;
            }
        } else {
            $localized[strtolower(without_period($text))][] = $use;
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

/** The names of the platforms of a text's rows, for the comments of scan_texts.h. */
function platform_names(array $uses): string
{
    return implode(' ', array_unique(array_map(fn ($u) => $GLOBALS['platforms'][$u[0]], $uses)));
}

/** A text without its closing period, or the ideographic one (。), which logs often leave out. */
function without_period(string $text): string
{
    return preg_replace('/(\.|。)+$/u', '', $text);
}

/**
 * The symbols whose texts name a condition of files, not of sockets, in every language: a
 * socket's only where an envelope or a code before them says that a connect failed
 * ("SQLSTATE[HY000] [2002] No such file or directory": the unix socket's path), and Unknown
 * anywhere else ("require(vendor/autoload.php): Failed to open stream: No such file or
 * directory"). See SOCKERR_MESSAGE_IN_CONTEXT in src/scan.re.
 */
const IN_CONTEXT = ['ENOENT'];

/** Texts that say nothing about a socket failure on their own. */
function too_generic(string $text): bool
{
    if (preg_match('/\p{Han}|\p{Hiragana}|\p{Katakana}/u', $text)) {
        return preg_match_all('/./su', $text) < 4; // no spaces between words: four characters say enough
    }
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
 * The scanner runs its automaton only at a byte where a rule can start, and looks up a text of
 * scan_texts.h only where one can: at a letter that starts a word, '[', or a character of
 * another script (next_start() in src/scan.re finds them). There it hashes a key of the first
 * bytes (four, each | 0x20; two at '[') into a table of two bits: a rule whose literal start is
 * short may start there, or a text or a rule whose literal start has eight bytes and more,
 * which the first eight bytes tell apart (what_at() and WORD_WHAT()). Most words of
 * ordinary lines start nothing and are passed over.
 */
const START_BRACKET = '[';
/* the bits of the hash of a start's key that index scan_starts, and of an eight-byte key, scan_starts8 */
const STARTS_BITS = 15;
const STARTS8_BITS = 15;
/* the bits of the hash of a start's first 8, 12 or 16 bytes that index its gate */
const GATE_BITS = 15;

/** A start's gate (0: of its first 8 bytes, it has 8 to 11; 1: of 12, it has 12 to 15; 2: of 16)
 *  and its bucket there: the top bits of the hash may_start() in src/scan.re computes. */
function gate_bucket(string $start): array
{
    $hash = text_hash(text_key($start));
    $more = array_values(unpack('V2', str_pad(substr($start, 8, 8), 8, "\0") | str_repeat(' ', 8)));
    $gate = strlen($start) < 12 ? 0 : (strlen($start) < 16 ? 1 : 2);
    if ($gate > 0) {
        $hash = ($hash + mul32($more[0], 3266489917)) & 0xffffffff;
    }
    if ($gate > 1) {
        $hash = ($hash + mul32($more[1], 668265263)) & 0xffffffff;
    }
    return [$gate, $hash >> (32 - GATE_BITS)];
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
 * How each rule starts, one per alternative: its first literal, and the bytes that can follow
 * it when it is a single byte ("[" and "-0123456789" for `"[" number "]"`; null: any). The
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
    // the alternatives at the top level: split at '|' outside literals, classes and groups
    preg_match_all('/\'(?:\\\\.|[^\'\\\\])*\'|"(?:\\\\.|[^"\\\\])*"|\[(?:\\\\.|[^\]\\\\])*\]|./s', $rule, $m);
    $alternatives = [''];
    $depth = 0;
    foreach ($m[0] as $piece) {
        $depth += $piece === '(' ? 1 : ($piece === ')' ? -1 : 0);
        if ($piece === '|' && $depth === 0) {
            $alternatives[] = '';
        } else {
            $alternatives[count($alternatives) - 1] .= $piece;
        }
    }
    foreach ($alternatives as $alternative) {
        $alternative = trim($alternative);
        if ($alternative === '[A-Z] [A-Z0-9_]+') {
            continue; // the symbol rule: the symbols' own starts are added
        }
        if (!preg_match('/^([\'"])((?:\\\\.|(?!\1).)*)\1\s*(\w*)/', $alternative, $literal)) {
            throw new RuntimeException("$file: cannot tell how the rule `$alternative` starts; start it with a literal");
        }
        $starts[] = [stripcslashes($literal[2]), ['number' => '-0123456789', 'digits' => '0123456789'][$literal[3]] ?? null];
    }
    return $starts;
}

/** The bucket of a start's key: (key * 2654435761) >> (32 - STARTS_BITS), as START_BITS() in src/scan.re. */
function start_bucket(string $head): int
{
    $key = text_key(substr($head, 0, 4))[0];
    return mul32($head[0] === START_BRACKET ? $key & 0xffff : $key, 2654435761) >> (32 - STARTS_BITS);
}

/**
 * The tables of starts, a byte per bucket (see START_BITS() in src/scan.re). scan_starts: for
 * each bucket of a start's key, 1 if a rule whose literal start is shorter than eight bytes may
 * start there, 0xfe if a text found alone or a rule of a longer one may. A rule's key is its
 * first four bytes (a start of three, such as EIO, sets the buckets of every fourth byte) or, at
 * '[', two: the literal's second byte, or each byte that can follow a literal of one. A text's
 * key is its first four bytes. scan_starts8: for each bucket of the longer ones' first eight
 * bytes (by the hash of their key that texts_at() computes), 2 if a text may start there, 4 if a
 * rule may. The gates: for each rule of a long literal start and each text's head, a bit for
 * the bucket of the hash of its first 8, 12 or 16 bytes (see gate_bucket()).
 */
function start_table(array $starts, array $texts): string
{
    $buckets = array_fill(0, 1 << STARTS_BITS, 0);
    $buckets8 = array_fill(0, 1 << STARTS8_BITS, 0);
    $gates = array_fill(0, 3, array_fill(0, 1 << GATE_BITS, 0));
    foreach ($starts as [$start, $follow]) {
        if (!ctype_alpha($start[0]) && $start[0] !== START_BRACKET) {
            throw new RuntimeException("a rule starts with '{$start[0]}' (\"$start\"): the scanner tries rules only "
                . "at a letter or at '" . START_BRACKET . "'; change next_start() in src/scan.re");
        }
        $bracket = $start[0] === START_BRACKET; // a key of two bytes
        if (!$bracket && strlen($start) < 3) {
            throw new RuntimeException("a rule starts with \"$start\" alone: give it three bytes at least");
        }
        // a literal of seven bytes and the bytes that can follow it ("[Errno " and a number) are heads of eight
        $long = strlen($start) >= 8 ? [$start]
            : (strlen($start) === 7 && $follow !== null ? array_map(fn ($b) => $start . $b, str_split($follow)) : []);
        foreach ($long as $head) {
            $buckets[start_bucket($head)] |= 2;
            $buckets8[text_hash(text_key($head)) >> (32 - STARTS8_BITS)] |= 4;
            [$gate, $bucket] = gate_bucket($head);
            $gates[$gate][$bucket] = 1;
        }
        if ($long) {
            continue;
        }
        $heads = [$start];
        if (strlen($start) < ($bracket ? 2 : 4)) {
            $heads = array_map(fn ($b) => $start . chr($b), $follow === null ? range(0, 255) : array_map('ord', str_split($follow)));
        }
        foreach ($heads as $head) {
            $buckets[start_bucket($head)] |= 1;
        }
    }
    foreach ($texts as $t) {
        if (!preg_match('/^\p{L}/u', $t) || strlen($t) < 8) {
            throw new RuntimeException("the text \"$t\" is found alone but does not start with a letter or is shorter than 8 bytes");
        }
        $buckets[start_bucket($t)] |= 2;
        $buckets8[text_hash(text_key($t)) >> (32 - STARTS8_BITS)] |= 2;
        [$gate, $bucket] = gate_bucket($t);
        $gates[$gate][$bucket] = 1;
    }
    $count = fn (array $buckets, int $bit) => count(array_filter($buckets, fn ($b) => $b & $bit));
    $bits = fn (array $gate) => c_rows(array_map(function ($chunk) {
        $w = 0;
        foreach ($chunk as $i => $bit) {
            $w |= $bit << $i;
        }
        return sprintf('0x%08xU', $w);
    }, array_chunk($gate, 32)), 8);
    return "/* what may start at a start (see START_BITS() in src/scan.re): a byte for each bucket of its key,\n"
        . " * 1 a rule of a short literal start ({$count($buckets, 1)} of " . (1 << STARTS_BITS) . " buckets), 0xfe a text found alone or a\n"
        . " * rule of a literal start of eight bytes and more ({$count($buckets, 2)}) */\n"
        . "#define SCAN_STARTS_BITS " . STARTS_BITS . "\n"
        . "static const unsigned char scan_starts[1 << SCAN_STARTS_BITS] = {\n"
        . c_rows(array_map(fn ($b) => sprintf('0x%02x', ($b & 1) | ($b & 2 ? 0xfe : 0)), $buckets), 16) . "};\n\n"
        . "/* and where that is so, what may start at the first eight bytes: a byte for each bucket of\n"
        . " * key_hash() >> (32 - SCAN_STARTS8_BITS) of their key (see src/scan.re), 2 a text ({$count($buckets8, 2)} of\n"
        . " * " . (1 << STARTS8_BITS) . "), 4 a rule ({$count($buckets8, 4)}) */\n"
        . "#define SCAN_STARTS8_BITS " . STARTS8_BITS . "\n"
        . "static const unsigned char scan_starts8[1 << SCAN_STARTS8_BITS] = {\n" . c_rows(array_map('strval', $buckets8), 32) . "};\n\n"
        . "/* where scan_starts8 says that a rule or a text may start, whether one may by its first 12 or 16 bytes too:\n"
        . " * a bit for each bucket of the hash of a start's first 8 bytes when it has 8 to 11 (" . array_sum($gates[0]) . "), of 12 when it\n"
        . " * has 12 to 15 (" . array_sum($gates[1]) . "), of 16 when it has more (" . array_sum($gates[2]) . "); see may_start() in src/scan.re */\n"
        . "#define SCAN_GATE_BITS " . GATE_BITS . "\n"
        . "static const uint32_t scan_gate8[1 << (SCAN_GATE_BITS - 5)] = {\n" . $bits($gates[0]) . "};\n"
        . "static const uint32_t scan_gate12[1 << (SCAN_GATE_BITS - 5)] = {\n" . $bits($gates[1]) . "};\n"
        . "static const uint32_t scan_gate16[1 << (SCAN_GATE_BITS - 5)] = {\n" . $bits($gates[2]) . "};\n";
}

$out = "/* Generated by scripts/gen-scan-rules.php from src/platforms/<id>.def, src/map.def and\n"
    . " * src/curl.def: the English texts that a rule of src/scan.re could match from the same byte\n"
    . " * (the others are in src/scan_texts.h). DO NOT EDIT: change the tables and run the script. */\n\n";

$count = ['symbol' => 0, 'message' => 0, 'curl' => 0, 'localized' => 0];
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

/** What a text means across the rows that have it: [case, symbol|null, family, platform, code],
 *  or null when they disagree or it maps to no case. The symbol, platform and code only when
 *  all rows agree on them. */
function classify(array $uses): ?array
{
    $cases = array_unique(array_column($uses, 4));
    if (count($cases) !== 1 || $cases[0] === 'Unknown') {
        return null;
    }
    $one = fn (int $column) => count(array_unique(array_column($uses, $column))) === 1;
    $platform = $one(0) ? $uses[0][0] : -1;
    return [$cases[0], $one(2) ? $uses[0][2] : null, $one(1) ? 'SOCKERR_FAMILY_' . $uses[0][1] : '-1',
        $platform, $platform >= 0 && $one(3) ? $uses[0][3] : 'SOCKERR_NO_CODE'];
}

$rules = [];
$whole = []; // texts too generic to mean a failure alone, looked up as the whole text an envelope names
ksort($texts);
foreach ($texts as $key => $uses) {
    $class = classify($uses);
    if (!$class || isset($curlTexts[$key])) {
        continue;
    }
    [$case, $symbol, $family, $platform, $code] = $class;
    if (too_generic($uses[0][5]) || isset($shortTexts[$key])) {
        $whole[$key] = [$uses, $class];
        continue;
    }
    $rules[] = [$uses[0][5], sprintf("SOCKERR_MESSAGE%s(%s, SOCKERR_CASE_%s, %s, %d, %s);",
        in_array($symbol, IN_CONTEXT, true) ? '_IN_CONTEXT' : '', $symbol === null ? 'NULL' : "\"$symbol\"", $case, $family, $platform, $code),
        $class, platform_names($uses)];
    $count['message']++;
}
ksort($curlTexts);
foreach ($curlTexts as $key => [$code, $text]) {
    if (too_generic($text)) {
        continue;
    }
    $rules[] = [$text, sprintf("SOCKERR_CURL_MESSAGE(%d);", $code), ['Unknown', null, '-1', -1, 'SOCKERR_NO_CODE', $code], 'curl'];
    $count['curl']++;
}
/*
 * The English texts found alone are looked up by hash, as the translations are (scan_texts.h):
 * a lookup and a comparison cost less than the automaton's run through a text, and the automaton
 * keeps only the rules of src/scan.re. It keeps those texts too that one of them could also match
 * from the text's first byte (its literal start begins the text's head, or the head begins the
 * literal start: "Connection timed out" and cURL's "Connection timed out after"), as the
 * automaton's longest match decides between them there; the scanner looks a text up first.
 */
$handStarts = array_map(fn ($start) => strtolower($start[0]), rule_starts(re2c_blocks("$root/src/scan.re"), 'src/scan.re'));
$automaton = $hashed = [];
foreach ($rules as [$text, $action, $class, $from]) {
    $head = strtolower(head_of($text));
    $clash = array_filter($handStarts, fn ($start) => str_starts_with($head, $start) || str_starts_with($start, $head));
    if ($clash) {
        $automaton[] = [$text, $action];
    } else {
        $hashed[] = [without_period($text), $class, $from];
    }
}
$out .= "\n" . literal_rules($automaton);

/** a * b in 32 bits, as C computes it for uint32_t (PHP's integers would overflow). */
function mul32(int $a, int $b): int
{
    return (($a * ($b & 0xffff)) + ((($a * ($b >> 16)) & 0xffff) << 16)) & 0xffffffff;
}

/** The key of a text: its first eight bytes (or all of a shorter one, then zeros), each with
 *  bit 0x20 set (ASCII letters in lower case; other bytes may share a key, which the comparison
 *  after the lookup tells apart), as two little-endian 32-bit halves. */
function text_key(string $text): array
{
    $bytes = str_pad(substr($text, 0, 8) | str_repeat(' ', min(8, strlen($text))), 8, "\0");
    return array_values(unpack('V2', $bytes));
}

/** The hash of a key, as texts_at() in src/scan.re computes it: its slot is the top bits. */
function text_hash(array $key): int
{
    return (mul32($key[0], 2654435761) + mul32($key[1], 2246822519)) & 0xffffffff;
}

function text_slot(array $key, int $bits): int
{
    return text_hash($key) >> (32 - $bits);
}

/** The head of a text that is looked up alone: at most HEAD bytes, cut at a space or
 *  between two characters, never inside one. */
function text_head(string $text): int
{
    if (strlen($text) <= HEAD) {
        return strlen($text);
    }
    $cut = strrpos(substr($text, 0, HEAD + 1), ' ');
    if ($cut > HEAD / 2) {
        return $cut;
    }
    for ($cut = HEAD; (ord($text[$cut]) & 0xc0) === 0x80; $cut--) {
    }
    return $cut;
}

/** src/scan_texts.h: the texts looked up by hash, sorted by key and, within a key, longest head first;
 *  and their hash slots, for src/scan_index.h. */
function text_table(array $entries, array $symbolIndex): array
{
    // a head that another text of another meaning starts with would match that text too: such
    // a text is compared whole (as literal_rules() keeps whole the English texts whose heads clash)
    $byKey = [];
    foreach ($entries as $i => $e) {
        $byKey[$e['key']][] = $i;
    }
    foreach ($byKey as $group) {
        foreach ($group as $a) {
            foreach ($group as $b) {
                $head = strtolower(substr($entries[$a]['text'], 0, $entries[$a]['head']));
                if ($a !== $b && $entries[$a]['class'] !== $entries[$b]['class']
                        && str_starts_with(strtolower($entries[$b]['text']), $head)) {
                    $entries[$a]['head'] = strlen($entries[$a]['text']);
                }
            }
        }
    }
    usort($entries, fn ($a, $b) => [$a['key'], $b['head']] <=> [$b['key'], $a['head']]);
    $keys = array_values(array_unique(array_column($entries, 'key')));
    $bits = 1;
    while ((1 << $bits) < 2 * count($keys)) {
        $bits++;
    }
    $slots = array_fill(0, 1 << $bits, 0);
    $first = [];
    foreach ($entries as $i => $e) {
        $first[$e['key']] ??= $i + 1;
    }
    foreach ($keys as $key) {
        for ($slot = text_slot(array_values(unpack('V2', pack('P', $key))), $bits); $slots[$slot] !== 0; $slot = ($slot + 1) & ((1 << $bits) - 1)) {
        }
        $slots[$slot] = $first[$key];
    }
    $rows = '';
    foreach ($entries as $i => $e) {
        $last = (int) ($i === count($entries) - 1 || $entries[$i + 1]['key'] !== $e['key']);
        [$case, $symbol, $family, $platform, $code] = $e['class'];
        $curl = $e['class'][5] ?? -1;
        // the head's bytes 8 to 15, each | 0x20 as in the key, zeros after a shorter head
        $next = substr($e['text'], 8, max(0, min($e['head'], 16) - 8));
        $next = unpack('P', str_pad($next | str_repeat(' ', strlen($next)), 8, "\0"))[1];
        $rows .= sprintf("SOCKERR_SCAN_TEXT(0x%08xU, 0x%08xU, t%d, %s, %d, %d, %d, %d, %s, %s, %d, %s, %d, %d, 0x%016xULL, %d, %d) /* %s%s */\n",
            $e['key'] & 0xffffffff, ($e['key'] >> 32) & 0xffffffff, $i, '"' . addcslashes($e['text'], "\"\\\0..\37") . '"',
            strlen($e['text']), $e['head'], $e['whole'], (int) in_array($symbol, IN_CONTEXT, true), $case, $family, $platform, $code,
            $symbol === null ? 0 : $symbolIndex[$symbol] + 1, $curl, $next, max(0, min($e['head'], 16) - 8), $last,
            $symbol === null ? ($curl >= 0 ? "CURLcode $curl, " : '') : "$symbol, ", $e['from']);
    }
    return ["/* Generated by scripts/gen-scan-rules.php from src/l10n/<name>.def, src/curl.def and the texts of\n"
        . " * src/platforms/<id>.def that the automaton does not match. DO NOT EDIT: run the script.\n"
        . " * SOCKERR_SCAN_TEXT(key_lo, key_hi, id, text, length, head, whole, context, Case, family, platform, native, symbol, curl, next,\n"
        . " * next_length, last):\n"
        . " * id names the text's member of the pool in src/scan.re; symbol is its index + 1 in scan_symbols.h, or 0;\n"
        . " * curl the CURLcode of one of libcurl's texts (then the other columns say nothing), or -1;\n"
        . " * the key is the first eight bytes (zeros after a shorter text), each | 0x20, as two little-endian\n"
        . " * halves; head the bytes\n"
        . " * compared when the text is found alone; whole 1 for a text found only as the whole of what an\n"
        . " * envelope names (php_network_getaddresses: ... failed: Try again); context 1 for a text that means\n"
        . " * its case only after an envelope or a code (IN_CONTEXT in the script); next the head's bytes 8 to 15\n"
        . " * as the key's (zeros after a shorter head), which find_text() compares first, and next_length how many\n"
        . " * of them the head has; last 1 for the last text of its key. Sorted by key. */\n"
        . $rows, "/* the first of scan_texts.h's texts of each key by hash ((key_lo * 2654435761 + key_hi * 2246822519)\n"
        . " * >> (32 - bits), in 32 bits), linear probing: index + 1, or 0 */\n#define SCAN_TEXT_BITS $bits\n"
        . "static const unsigned short scan_text_slot[1 << SCAN_TEXT_BITS] = {\n" . c_rows(array_map('strval', $slots), 16) . "};\n\n"];
}

$entries = [];
$add = function (string $text, bool $whole, array $class, string $from) use (&$entries) {
    if (strlen($text) >= 4) {
        $entries[] = ['text' => $text, 'key' => unpack('P', pack('V2', ...text_key($text)))[1], 'head' => $whole ? strlen($text) : text_head($text),
            'whole' => (int) $whole, 'class' => $class, 'from' => $from];
    }
};
foreach ($hashed as [$text, $class, $from]) {
    $add($text, false, $class, $from);
}
foreach ($whole as [$uses, $class]) {
    $add(rtrim($uses[0][5], '.'), true, $class, platform_names($uses));
}
ksort($localized, SORT_STRING);
foreach ($localized as $key => $uses) {
    $class = classify($uses);
    if ($class && !isset($texts[$key])) {
        $text = without_period($uses[0][5]);
        // found alone only from a letter: the scanner starts at letters, not at quotes ('ai_family')
        $add($text, too_generic($text) || !preg_match('/^\p{L}/u', $text), $class, implode(' ', array_unique(array_column($uses, 6))));
        $count['localized']++;
    }
}
[$textTable, $textSlots] = text_table($entries, array_flip(array_keys($symbolRows)));
// (the heads as text_head() cut them: text_table() may lengthen a head, never shorten it)
$aloneTexts = array_map(fn ($e) => substr($e['text'], 0, $e['head']), array_values(array_filter($entries, fn ($e) => !$e['whole'])));

$index = "/* Generated by scripts/gen-scan-rules.php from the rules of src/scan.re and src/scan_rules.re\n"
    . " * and the texts and symbols of src/scan_texts.h and src/scan_symbols.h. DO NOT EDIT: run the script. */\n\n"
    . symbol_slots(array_keys($symbolRows)) . $textSlots
    . start_table(array_merge(rule_starts(re2c_blocks("$root/src/scan.re"), 'src/scan.re'),
        rule_starts($out, 'src/scan_rules.re'), array_map(fn ($name) => [$name, null], array_keys($symbolRows))), $aloneTexts);

$outputs = ["$root/src/scan_rules.re" => $out, "$root/src/scan_symbols.h" => $header, "$root/src/scan_index.h" => $index,
    "$root/src/scan_texts.h" => $textTable];
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
fprintf(STDERR, "src/scan_symbols.h: %d symbols; %d English message texts and %d cURL texts, of which src/scan_rules.re "
    . "has %d; src/scan_index.h; src/scan_texts.h: %d localized texts, %d in all\n", $count['symbol'], $count['message'],
    $count['curl'], count($automaton), $count['localized'], count($entries));
