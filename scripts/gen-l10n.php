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
 * Both come from two releases, since newer systems print texts older ones did not have: Debian
 * 12's (this host's libc-l10n and musl-gcc) and Debian sid's (the chroot scripts/php-sid keeps,
 * made sure of by running `scripts/php-sid chroot`, which needs root: the catalogues under
 * $SOCKERR_CACHE/sid, and the same program built and run in the chroot with its musl-gcc).
 * The headers name each release's package versions and upstream versions.
 *
 * Rows: SOCKERR_L10N(lang, SYMBOL, "text"). A language's rows are the union of both releases'
 * texts, so a symbol has two texts where a release changed the wording (both are real); a row
 * only one release has says which in a trailing comment (/* sid only: glibc 2.43 *\/, or
 * /* Debian 12 only: ... *\/). A text equal to glibc's English one is left out: the scanner has
 * it already. Where a language gives two symbols of different codes the same text (in either
 * release), the table keeps the symbol a failed connect or lookup returns and says why (the
 * choices are in $shared below; a new clash stops the script until one is made).
 *
 * Usage: php scripts/gen-l10n.php [--check]   (as root; --check: fail if a committed table is stale)
 *
 * --check and sid: sid's archive moves on, and its old packages cannot be had again, so a
 * check can compare the sid part only against the sid versions a table's header names. When
 * the chroot's libc-l10n (for glibc.def) or musl (for musl.def) is not the version the
 * committed header names for sid, --check says so in one line and compares only that table's
 * Debian 12 part: its "Debian 12:" header line and its rows without a "sid only" marker
 * (comments left out, as whether a Debian 12 row is also sid's depends on sid), against the
 * table generated from Debian 12's texts alone. So a stale Debian 12 part still fails, and sid's
 * new texts wait for the next regeneration. For this to hold, generating checks that the rows
 * of a table without a "sid only" marker are exactly the table of Debian 12's texts alone
 * (sid's texts change no Debian 12 row), and stops if not.
 *
 * Exit status: 0 done (or up to date), 1 stale table or unresolved clash, 2 no root, chroot,
 * libc-l10n or musl-gcc.
 */
$root = dirname(__DIR__);
$check = in_array('--check', $argv, true);

function fail_setup(string $message): never
{
    fwrite(STDERR, "gen-l10n: $message\n");
    exit(2);
}

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

/** A Debian package version's upstream part: 2.36-9+deb12u14 => 2.36. */
function upstream(string $version): string
{
    return preg_replace('/^\d+:|-[^-]*$/', '', $version);
}

/** A release's name in a row's comment and in a header. */
function release_name(string $release, bool $header = false): string
{
    return $release === 'sid' && $header ? 'Debian sid' : $release;
}

/**
 * The rows of a table, language => rows, from each release's language => text => symbols
 * ($from: release => "glibc 2.36"). A language's rows are the union of the releases' texts; a
 * text of two symbols keeps the one $shared names; a row not every release has names the
 * release(s) it comes from. Sorted by language, then symbol, then text.
 */
function table_rows(array $byRelease, array $from, array $shared, array &$clashes): array
{
    $union = []; // lang => text => [symbols, releases]
    foreach ($byRelease as $release => $languages) {
        foreach ($languages as $lang => $byText) {
            foreach ($byText as $text => $symbols) {
                $text = (string) $text;
                $seen = $union[$lang][$text] ?? [[], []];
                $union[$lang][$text] = [array_values(array_unique(array_merge($seen[0], $symbols))), [...$seen[1], $release]];
            }
        }
    }
    ksort($union, SORT_STRING);
    $out = [];
    foreach ($union as $lang => $texts) {
        $lang = (string) $lang;
        $rows = [];
        foreach ($texts as $text => [$symbols, $releases]) {
            $text = (string) $text;
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
            if (count($releases) < count($from)) {
                $note .= ' /* ' . implode(', ', array_map('release_name', $releases)) . ' only: '
                    . implode(', ', array_map(fn($r) => $from[$r], $releases)) . ' */';
            }
            $rows[] = [$kept, $text, "SOCKERR_L10N($lang, $kept, " . c_literal($text) . ")$note\n"];
        }
        usort($rows, fn($a, $b) => strcmp($a[0], $b[0]) ?: strcmp($a[1], $b[1]));
        if ($rows) {
            $out[$lang] = implode('', array_column($rows, 2));
        }
    }
    return $out;
}

/**
 * A table's Debian 12 part, which --check compares when sid moved on: its "Debian 12:" header
 * line, and its rows without a "sid only" marker, their comments left out.
 */
function debian12_part(string $def): string
{
    $part = '';
    foreach (explode("\n", $def) as $line) {
        if (str_starts_with($line, ' *   Debian 12:')) {
            $part .= "$line\n";
        } elseif (preg_match('/^(SOCKERR_L10N\(\w+, \w+, "(?:[^"\\\\]|\\\\.)*"\))(.*)$/', $line, $m)
            && !preg_match('~/\* sid only: [^*]*\*/$~', $m[2])) {
            $part .= "$m[1]\n";
        }
    }
    return $part;
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
    'ka' => ['მეხსიერების გამოყოფის შეცდომა' => ['ENOMEM', 'both mean out of memory and have no case']],
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

/* Debian sid: the chroot scripts/php-sid keeps, with libc-l10n and musl-tools */
$uid = function_exists('posix_geteuid') ? posix_geteuid() : (int) trim((string) shell_exec('id -u'));
if ($uid !== 0) {
    fail_setup("Debian sid's texts are read from the chroot of scripts/php-sid, which needs root: run this script as root");
}
passthru(escapeshellarg("$root/scripts/php-sid") . ' chroot 1>&2', $status);
if ($status !== 0) {
    fail_setup("scripts/php-sid chroot failed (exit status $status): there is no Debian sid chroot to read sid's texts from");
}
$sid = (getenv('SOCKERR_CACHE') ?: '/var/cache/sockerr') . '/sid';
$releases = [ // release => [command prefix that runs in it, its root directory]
    'Debian 12' => ['', ''],
    'sid' => ['chroot ' . escapeshellarg($sid) . ' /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C ', $sid],
];

/** A package's version in a release ('' if it is not installed). */
function package_version(string $run, string $package): string
{
    return trim((string) shell_exec($run . "dpkg-query -W -f='\${Version}' $package 2>/dev/null"));
}

/* glibc: release => lang => text => symbols */
$glibc = [];
$glibcVersions = [];
foreach ($releases as $release => [$run, $dir]) {
    $glibcVersions[$release] = package_version($run, 'libc-l10n');
    $catalogues = glob("$dir/usr/share/locale/*/LC_MESSAGES/libc.mo");
    if (!$catalogues || $glibcVersions[$release] === '') {
        fail_setup($release === 'sid' ? "the sid chroot ($sid) has no libc-l10n (scripts/php-sid chroot installs it)"
            : "Debian's libc-l10n is not installed (apt-get install libc-l10n)");
    }
    sort($catalogues);
    $glibc[$release] = [];
    foreach ($catalogues as $file) {
        $mo = mo_read($file);
        $byText = [];
        foreach ($rows as $symbol => [, , $english]) {
            $text = $mo[$english] ?? '';
            if ($text !== '' && $text !== $english) { // untranslated: the scanner has the English text
                $byText[$text][] = $symbol;
            }
        }
        if ($byText) {
            $glibc[$release][basename(dirname($file, 2))] = $byText;
        }
    }
}

/* musl: the same program, built and run with each release's musl-gcc */
$program = "#include <errno.h>\n#include <netdb.h>\n#include <stdio.h>\n#include <string.h>\n"
    . "static void row(const char *name, const char *text) { printf(\"%s\\t%s\\n\", name, text); }\nint main(void)\n{\n";
foreach ($rows as $symbol => [$macro]) {
    $call = ['ERRNO' => 'strerror', 'EAI' => 'gai_strerror', 'HERRNO' => 'hstrerror'][$macro];
    $program .= "#ifdef $symbol\n\trow(\"$symbol\", $call($symbol));\n#endif\n";
}
// the texts musl gives a code it has no text for
$program .= "\trow(\"\", strerror(100000));\n\trow(\"\", gai_strerror(-100000));\n\trow(\"\", hstrerror(100000));\n\treturn 0;\n}\n";
$printed = []; // release => lines
$muslVersions = [];
$none = [];
foreach ($releases as $release => [$run, $dir]) {
    $tmp = ($dir === '' ? sys_get_temp_dir() : '/tmp') . '/sockerr-musl-' . getmypid(); // as the release sees it
    file_put_contents("$dir$tmp.c", $program);
    $errors = [];
    exec($run . 'musl-gcc -D_GNU_SOURCE -static -o ' . escapeshellarg($tmp) . ' ' . escapeshellarg("$tmp.c") . ' 2>&1', $errors, $status);
    if ($status === 0) {
        exec($run . escapeshellarg($tmp), $printed[$release], $status);
        @unlink("$dir$tmp");
    }
    unlink("$dir$tmp.c");
    if ($status !== 0) {
        fail_setup(($release === 'sid' ? "musl-gcc failed in the sid chroot ($sid; scripts/php-sid chroot installs musl-tools)"
            : 'musl-gcc failed (apt-get install musl-tools)') . ":\n" . implode("\n", $errors));
    }
    $muslVersions[$release] = package_version($run, 'musl');
    foreach ($printed[$release] as $line) {
        [$symbol, $text] = explode("\t", $line, 2);
        if ($symbol === '' && !in_array($text, $none, true)) {
            $none[] = $text;
        }
    }
}
/* musl: release => 'musl' => text => symbols, without the texts of a code musl has none for (in either release) */
$musl = [];
foreach ($printed as $release => $lines) {
    $byText = [];
    foreach ($lines as $line) {
        [$symbol, $text] = explode("\t", $line, 2);
        if ($symbol !== '' && $text !== $rows[$symbol][2] && !in_array($text, $none, true)) {
            $byText[$text][] = $symbol;
        }
    }
    $musl[$release] = $byText ? ['musl' => $byText] : [];
}

/** glibc.def from the given releases' texts. */
function glibc_def(array $glibc, array $versions, array $shared, array &$clashes): string
{
    $tables = table_rows($glibc, array_map(fn($v) => 'glibc ' . upstream($v), $versions), $shared, $clashes);
    $lines = '';
    foreach ($tables as $lang => $langRows) {
        $lines .= "\n/* $lang */\n$langRows";
    }
    $names = '';
    foreach ($versions as $release => $version) {
        $names .= sprintf(" *   %-11s libc-l10n %s (glibc %s), %d languages\n",
            release_name($release, true) . ':', $version, upstream($version), count($glibc[$release]));
    }
    return "/*\n * Generated by scripts/gen-l10n.php. DO NOT EDIT: run the script.\n *\n"
        . " * glibc's own texts, in every language Debian's libc-l10n ships, from " . (count($versions) > 1 ? 'two releases' : 'one release') . ":\n"
        . $names
        . " * the translations in /usr/share/locale/<lang>/LC_MESSAGES/libc.mo of the strerror(),\n"
        . " * gai_strerror() and hstrerror() texts of src/platforms/linux.def. A translation equal to\n"
        . " * the English text is left out. " . count($tables) . " languages. A language's rows are the union of\n"
        . " * the releases' texts (a symbol has two where a wording changed); a row only one release\n"
        . " * has says which in a trailing comment.\n *\n"
        . " * SOCKERR_L10N(lang, SYMBOL, \"text\"): lang is the catalogue's locale name; SYMBOL a row of\n"
        . " * linux.def, whose code and case the text stands for.\n */\n" . $lines;
}

/** musl.def from the given releases' texts. */
function musl_def(array $musl, array $versions, array $none, array $shared, array &$clashes): string
{
    $tables = table_rows($musl, array_map(fn($v) => 'musl ' . upstream($v), $versions), $shared, $clashes);
    $names = '';
    foreach ($versions as $release => $version) {
        $names .= sprintf(" *   %-11s musl %s (musl %s)\n", release_name($release, true) . ':', $version, upstream($version));
    }
    return "/*\n * Generated by scripts/gen-l10n.php. DO NOT EDIT: run the script.\n *\n"
        . " * musl's own texts (Alpine Linux and most PHP container images), as strerror(),\n"
        . " * gai_strerror() and hstrerror() print them for the symbols of src/platforms/linux.def\n"
        . " * (musl shares Linux's errno values), from a program built with Debian's musl-gcc in "
        . (count($versions) > 1 ? 'two releases' : 'one release') . ":\n" . $names
        . " * A text equal to glibc's is left out, and so are the texts musl gives a code it has none\n"
        . " * for: " . implode(', ', array_map('c_literal', $none)) . ". A row only one release has says which in a\n"
        . " * trailing comment.\n"
        . " *\n * SOCKERR_L10N(musl, SYMBOL, \"text\")\n */\n\n" . ($tables['musl'] ?? '');
}

/*
 * Each table generated from both releases, and from Debian 12's texts alone (what --check
 * compares the Debian 12 part with when sid moved on).
 */
$debian12 = ['Debian 12' => true];
$tables = [ // file => [package, sid's version, the table of both releases, the table of Debian 12's texts alone]
    'src/l10n/glibc.def' => ['libc-l10n', $glibcVersions['sid'],
        fn(&$c) => glibc_def($glibc, $glibcVersions, $shared, $c),
        fn(&$c) => glibc_def(array_intersect_key($glibc, $debian12), array_intersect_key($glibcVersions, $debian12), $shared, $c)],
    'src/l10n/musl.def' => ['musl', $muslVersions['sid'],
        fn(&$c) => musl_def($musl, $muslVersions, $none, $shared, $c),
        fn(&$c) => musl_def(array_intersect_key($musl, $debian12), array_intersect_key($muslVersions, $debian12), $none, $shared, $c)],
];
$moved = []; // file => note, for --check: sid's version is not the one the committed table names
if ($check) {
    foreach ($tables as $file => [$package, $version]) {
        $committed = is_file("$root/$file") ? file_get_contents("$root/$file") : '';
        if (preg_match('/^ \*   Debian sid: +' . preg_quote($package, '/') . ' (\S+)/m', $committed, $m) && $m[1] !== $version) {
            $moved[$file] = "$package $m[1] -> $version";
        }
    }
    if ($moved) {
        fwrite(STDERR, 'gen-l10n: note: Debian sid moved on (' . implode(', ', $moved) . '): checking only the Debian 12 part of '
            . implode(', ', array_keys($moved)) . " (its header line and rows without a \"sid only\" marker)\n");
    }
}
$clashes = [];
$outputs = []; // file => [content, whether only the Debian 12 part counts]
$unstable = []; // files whose rows without a "sid only" marker are not Debian 12's table
foreach ($tables as $file => [, , $both, $alone]) {
    $aloneClashes = [];
    $debian12Def = $alone($aloneClashes);
    $clashes = [...$clashes, ...$aloneClashes];
    if (isset($moved[$file])) {
        $outputs[$file] = [$debian12Def, true];
        continue;
    }
    $bothClashes = [];
    $def = $both($bothClashes);
    $clashes = [...$clashes, ...$bothClashes];
    $outputs[$file] = [$def, false];
    if (!$bothClashes && !$aloneClashes && debian12_part($def) !== debian12_part($debian12Def)) {
        $unstable[] = $file;
    }
}
$clashes = array_values(array_unique($clashes));
if ($clashes) {
    fwrite(STDERR, "gen-l10n: texts shared by two symbols; say in \$shared which one a connect or lookup returns:\n  "
        . implode("\n  ", $clashes) . "\n");
    exit(1);
}
if ($unstable) {
    fwrite(STDERR, 'gen-l10n: in ' . implode(', ', $unstable) . ", sid's texts change a Debian 12 row (a clash keeps a symbol only"
        . " sid gives the text, or a text sid gives a code it has none for): --check could not check the Debian 12 part once sid moves on;"
        . " keep in \$shared a symbol Debian 12 gives the text\n");
    exit(1);
}

foreach ($outputs as $file => [$content, $debian12Only]) {
    $target = "$root/$file";
    if ($check) {
        $committed = is_file($target) ? file_get_contents($target) : null;
        $stale = $committed === null || ($debian12Only ? debian12_part($committed) !== debian12_part($content) : $committed !== $content);
        if ($stale) {
            fwrite(STDERR, "$file is stale" . ($debian12Only ? ' (its Debian 12 part)' : '') . ": run php scripts/gen-l10n.php\n");
            exit(1);
        }
    } else {
        @mkdir(dirname($target));
        file_put_contents($target, $content);
    }
}
if (!$check) {
    $count = fn($def, $marker) => preg_match_all('~^SOCKERR_L10N.*/\* ' . $marker . ' only: [^*]*\*/$~m', $def);
    [$g, $m] = [$outputs['src/l10n/glibc.def'][0], $outputs['src/l10n/musl.def'][0]];
    fprintf(STDERR, "src/l10n/glibc.def: %d languages, %d rows (%d sid only, %d Debian 12 only); src/l10n/musl.def: %d texts (%d sid only, %d Debian 12 only)\n",
        substr_count($g, "\n/* "), substr_count($g, "\nSOCKERR_L10N("), $count($g, 'sid'), $count($g, 'Debian 12'),
        substr_count($m, "\nSOCKERR_L10N("), $count($m, 'sid'), $count($m, 'Debian 12'));
}
