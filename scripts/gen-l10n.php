<?php
/*
 * Generates the tables of the C libraries' own texts in other languages and wordings, which
 * the scanner recognises (explanations stay in English):
 *
 *   src/l10n/glibc.def  glibc's translations of the errno, gai_strerror() and hstrerror() texts
 *                       of src/platforms/linux.def, read from the libc.mo catalogues of
 *                       Debian's libc-l10n package (/usr/share/locale/<lang>/LC_MESSAGES/)
 *   src/l10n/musl.def   musl's strerror(), gai_strerror() and hstrerror() texts for the same
 *                       symbols, printed by a program built with Debian's musl-gcc
 *
 * Rows: SOCKERR_L10N(lang, SYMBOL, "text"). A text equal to glibc's English one is left out:
 * the scanner has it already. Where a language gives two symbols of different codes the same
 * text, the table keeps the symbol a failed connect or lookup returns and says why (the
 * choices are in $shared below; a new clash stops the script until one is made).
 *
 * Usage: php scripts/gen-l10n.php [--check]   (--check: fail if a committed table is stale)
 */
$root = dirname(__DIR__);
$check = in_array('--check', $argv, true);

/** linux.def's rows: symbol => [family macro, code, English text], aliases left out. */
function linux_rows(string $root): array
{
    $rows = [];
    $seen = [];
    preg_match_all('/^SOCKERR_(ERRNO|EAI|HERRNO)\((\w+), (-?\d+), "((?:[^"\\\\]|\\\\.)*)"\)/m',
        file_get_contents("$root/src/platforms/linux.def"), $m, PREG_SET_ORDER);
    foreach ($m as [, $macro, $symbol, $code, $text]) {
        if (isset($seen[$macro][$code])) {
            continue; // an alias: its text is the canonical row's
        }
        $seen[$macro][$code] = true;
        $rows[$symbol] = [$macro, (int) $code, stripcslashes($text)];
    }
    return $rows;
}

/** The msgid => msgstr pairs of a GNU .mo file. */
function mo_read(string $file): array
{
    $data = file_get_contents($file);
    $magic = unpack('V', $data)[1];
    $f = $magic === 0x950412de ? 'V' : 'N';
    [$count, $ids, $strs] = [unpack($f, $data, 8)[1], unpack($f, $data, 12)[1], unpack($f, $data, 16)[1]];
    $out = [];
    for ($i = 0; $i < $count; $i++) {
        [$idLen, $idAt] = array_values(unpack("{$f}2", $data, $ids + 8 * $i));
        [$strLen, $strAt] = array_values(unpack("{$f}2", $data, $strs + 8 * $i));
        $out[substr($data, $idAt, $idLen)] = substr($data, $strAt, $strLen);
    }
    return $out;
}

function c_literal(string $text): string
{
    return '"' . addcslashes($text, "\"\\\0..\37") . '"';
}

/** The rows of one language, from text => symbols; a text of two symbols keeps the one $shared names. */
function table_rows(string $lang, array $byText, array $shared, array &$clashes): string
{
    $out = [];
    foreach ($byText as $text => $symbols) {
        $kept = $symbols[0];
        $note = '';
        if (count($symbols) > 1) {
            [$kept, $why] = $shared[$lang][$text] ?? [null, null];
            if ($kept === null || !in_array($kept, $symbols, true)) {
                $clashes[] = "$lang: " . implode(', ', $symbols) . ' share ' . c_literal($text);
                continue;
            }
            $note = ' /* also ' . implode(', ', array_diff($symbols, [$kept])) . ": $why */";
        }
        $out[$kept] = "SOCKERR_L10N($lang, $kept, " . c_literal($text) . ")$note\n";
    }
    ksort($out, SORT_STRING);
    return implode('', $out);
}

/*
 * Texts one language gives to two symbols of different codes, and which symbol the table
 * keeps: language => [text => [kept symbol, why]].
 */
$shared = [
    'bg' => ['Неподдържано семейство протоколи' => ['EAI_FAMILY', "Linux's socket() reports an unknown family as EAFNOSUPPORT, so this text comes from getaddrinfo()"]],
    'ca' => ['No s’ha pogut reservar memòria' => ['ENOMEM', 'both mean out of memory and have no case']],
    'cs' => ['Operace probíhá' => ['EINPROGRESS', 'a non-blocking connect() returns EINPROGRESS; EALREADY only to a second connect() on the same socket']],
    'de' => [
        'Das Protokoll ist nicht verfügbar' => ['ENOPROTOOPT', 'setsockopt() returns ENOPROTOOPT; no socket call returns EUNATCH'],
        'Die Operation wird abgebrochen' => ['ECANCELED', 'EAI_CANCELED comes only from getaddrinfo_a(), which PHP does not call; both are OperationAborted'],
        'Die Operation wird bereits ausgeführt' => ['EALREADY', 'EAI_INPROGRESS comes only from getaddrinfo_a(), which PHP does not call'],
        '»ai_family« wird nicht unterstützt' => ['EAI_FAMILY', "the text names ai_family; EAI_SOCKTYPE's translation repeats it by a slip, and PHP always asks for a known socket type"],
    ],
    'eo' => ['Mankas sufiĉa memoro' => ['ENOMEM', 'both mean out of memory and have no case']],
    'es' => [
        'No existe ninguna dirección asociada al nombre' => ['EAI_NODATA', "getaddrinfo()'s code, which PHP's streams print; gethostbyname()'s NO_DATA means the same (NoData)"],
        'Protocolo no disponible' => ['ENOPROTOOPT', 'setsockopt() returns ENOPROTOOPT; no socket call returns EUNATCH'],
    ],
    'fi' => ['Vastapää sulki yhteyden' => ['ECONNRESET', "TCP reports a peer's reset as ECONNRESET; Linux's TCP does not return ENETRESET"]],
    'lt' => ['Protokolas nepalaikomas' => ['EPROTONOSUPPORT', "the text says \"not supported\", EPROTONOSUPPORT's meaning; socket() returns it for an unknown protocol"]],
    'nb' => ['Protokollen er ikke tilgjengelig' => ['ENOPROTOOPT', "the text says \"not available\", ENOPROTOOPT's meaning; EPROTONOSUPPORT's translation repeats it"]],
    'nl' => ['Onvoldoende geheugen beschikbaar' => ['ENOMEM', 'both mean out of memory and have no case']],
    'pt_BR' => ['Não há endereço associado com o nome' => ['EAI_NODATA', "getaddrinfo()'s code, which PHP's streams print; gethostbyname()'s NO_DATA means the same (NoData)"]],
    'tr' => ['İşlem zaten süreç dahilinde' => ['EALREADY', 'EAI_INPROGRESS comes only from getaddrinfo_a(), which PHP does not call']],
    'musl' => [
        'Address not available' => ['EADDRNOTAVAIL', "connect() and bind() return EADDRNOTAVAIL; NO_DATA's text comes only from hstrerror(), which PHP prints only for ext/sockets' -10000 - h_errno codes"],
        'Non-recoverable error' => ['EAI_FAIL', "getaddrinfo()'s code, which PHP's streams print; hstrerror()'s NO_RECOVERY means the same"],
        'Out of memory' => ['ENOMEM', 'both mean out of memory and have no case'],
        'Try again' => ['EAI_AGAIN', "getaddrinfo()'s code, which PHP's streams print; hstrerror()'s TRY_AGAIN means the same (TryAgain)"],
    ],
];

$rows = linux_rows($root);

/* glibc */
$version = trim(shell_exec("dpkg-query -W -f='\${Version}' libc-l10n 2>/dev/null") ?? '');
$catalogues = glob('/usr/share/locale/*/LC_MESSAGES/libc.mo');
if (!$catalogues || $version === '') {
    fwrite(STDERR, "gen-l10n: Debian's libc-l10n is not installed (apt-get install libc-l10n)\n");
    exit(2);
}
sort($catalogues);
$lines = [];
$clashes = [];
$languages = 0;
foreach ($catalogues as $file) {
    $lang = basename(dirname($file, 2));
    $mo = mo_read($file);
    $byText = [];
    foreach ($rows as $symbol => [, , $english]) {
        $text = $mo[$english] ?? '';
        if ($text !== '' && $text !== $english) { // untranslated: the scanner has the English text
            $byText[$text][] = $symbol;
        }
    }
    if ($byText) {
        $languages++;
        $lines[] = "\n/* $lang */\n" . table_rows($lang, $byText, $shared, $clashes);
    }
}
$glibc = "/*\n * Generated by scripts/gen-l10n.php. DO NOT EDIT: run the script.\n *\n"
    . " * glibc's own texts, in every language Debian's libc-l10n $version (glibc 2.36) ships:\n"
    . " * the translations in /usr/share/locale/<lang>/LC_MESSAGES/libc.mo of the strerror(),\n"
    . " * gai_strerror() and hstrerror() texts of src/platforms/linux.def. A translation equal to\n"
    . " * the English text is left out. $languages languages.\n *\n"
    . " * SOCKERR_L10N(lang, SYMBOL, \"text\"): lang is the catalogue's locale name; SYMBOL a row of\n"
    . " * linux.def, whose code and case the text stands for.\n */\n" . implode('', $lines);

/* musl */
$program = "#include <errno.h>\n#include <netdb.h>\n#include <stdio.h>\n#include <string.h>\n"
    . "static void row(const char *name, const char *text) { printf(\"%s\\t%s\\n\", name, text); }\nint main(void)\n{\n";
foreach ($rows as $symbol => [$macro]) {
    $call = ['ERRNO' => 'strerror', 'EAI' => 'gai_strerror', 'HERRNO' => 'hstrerror'][$macro];
    $program .= "#ifdef $symbol\n\trow(\"$symbol\", $call($symbol));\n#endif\n";
}
// the texts musl gives a code it has no text for
$program .= "\trow(\"\", strerror(100000));\n\trow(\"\", gai_strerror(-100000));\n\trow(\"\", hstrerror(100000));\n\treturn 0;\n}\n";
$tmp = sys_get_temp_dir() . '/sockerr-musl-' . getmypid();
file_put_contents("$tmp.c", $program);
exec('musl-gcc -D_GNU_SOURCE -static -o ' . escapeshellarg($tmp) . ' ' . escapeshellarg("$tmp.c") . ' 2>&1', $errors, $status);
if ($status !== 0) {
    fwrite(STDERR, "gen-l10n: musl-gcc failed (apt-get install musl-tools):\n" . implode("\n", $errors) . "\n");
    exit(2);
}
exec(escapeshellarg($tmp), $printed);
unlink($tmp);
unlink("$tmp.c");
$muslVersion = trim(shell_exec("dpkg-query -W -f='\${Version}' musl 2>/dev/null") ?? '');
$byText = [];
$none = [];
foreach ($printed as $line) {
    [$symbol, $text] = explode("\t", $line, 2);
    if ($symbol === '') {
        $none[] = $text;
    }
}
foreach ($printed as $line) {
    [$symbol, $text] = explode("\t", $line, 2);
    if ($symbol !== '' && $text !== $rows[$symbol][2] && !in_array($text, $none, true)) {
        $byText[$text][] = $symbol;
    }
}
$muslRows = table_rows('musl', $byText, $shared, $clashes);
if ($clashes) {
    fwrite(STDERR, "gen-l10n: texts shared by two symbols; say in \$shared which one a connect or lookup returns:\n  "
        . implode("\n  ", $clashes) . "\n");
    exit(1);
}
$musl = "/*\n * Generated by scripts/gen-l10n.php. DO NOT EDIT: run the script.\n *\n"
    . " * musl's own texts (Alpine Linux and most PHP container images), as strerror(),\n"
    . " * gai_strerror() and hstrerror() of Debian's musl $muslVersion print them, for the symbols of\n"
    . " * src/platforms/linux.def (musl shares Linux's errno values). A text equal to glibc's is left out,\n"
    . " * and so are the texts musl gives a code it has none for: " . implode(', ', array_map('c_literal', array_unique($none))) . ".\n"
    . " *\n * SOCKERR_L10N(musl, SYMBOL, \"text\")\n */\n\n" . $muslRows;

$outputs = ["$root/src/l10n/glibc.def" => $glibc, "$root/src/l10n/musl.def" => $musl];
foreach ($outputs as $target => $content) {
    if ($check) {
        if (!is_file($target) || file_get_contents($target) !== $content) {
            fwrite(STDERR, substr($target, strlen($root) + 1) . " is stale: run php scripts/gen-l10n.php\n");
            exit(1);
        }
    } else {
        @mkdir(dirname($target));
        file_put_contents($target, $content);
    }
}
if (!$check) {
    fprintf(STDERR, "src/l10n/glibc.def: %d languages; src/l10n/musl.def: %d texts\n", $languages, substr_count($muslRows, "\n"));
}
