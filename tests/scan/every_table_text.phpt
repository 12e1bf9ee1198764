--TEST--
sockerr_scan(): every message text in the tables, inside a log line, classifies as its own row says
--EXTENSIONS--
sockerr
--FILE--
<?php
// Texts that get no rule: too generic to mean a socket failure alone, shared by symbols
// that mean different cases, or mapped to no case (see scripts/gen-scan-rules.php).
require __DIR__ . '/l10n.inc'; // L10N_FILE_CONDITIONS
$checked = $skipped = 0;
$meanings = [];
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    foreach (sockerr_errors($platform) as $row) {
        $meanings[strtolower(rtrim((string) $row['message'], '.'))][$row['error']] = true;
    }
}
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    foreach (sockerr_errors($platform) as $row) {
        $text = $row['message'];
        if ($text === null || $row['error'] === 'Unknown' || count($meanings[strtolower(rtrim($text, '.'))]) > 1) {
            continue;
        }
        $line = "[2026-11-22 03:21:07] app.ERROR: connect to db:5432 failed: $text {\"exception\":\"x\"}";
        $findings = sockerr_scan($line);
        $best = sockerr_explain($line);
        if (!$findings) {
            $skipped++;
            continue;
        }
        $checked++;
        if ($best['error'] !== $row['error'] && SocketError::fromMessage($line)->name !== $row['error']) {
            echo "$platform {$row['name']}: \"$text\" read as {$best['error']}\n";
        }
        // a text of a file's condition means its case only in a socket's context (IN_CONTEXT in
        // scripts/gen-scan-rules.php), as above: where a file could not be opened, none
        $file = sockerr_explain("[2026-11-22 03:21:07] app.ERROR: fopen(/etc/app.ini) failed: $text");
        if (in_array($row['name'], L10N_FILE_CONDITIONS, true) && $file['error'] !== 'Unknown') {
            echo "$platform {$row['name']}: \"$text\" read as {$file['error']} for a file\n";
        }
    }
}
echo $checked > 550 ? "texts classified right: many\n" : "texts classified right: only $checked\n";
echo $skipped < 60 ? "generic texts left out: few\n" : "generic texts left out: $skipped\n";
?>
--EXPECT--
texts classified right: many
generic texts left out: few
