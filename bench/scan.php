<?php
/*
 * The scanner against its anchors, measured in one process (grep in a child):
 *   SocketError::fromMessage($line) per line  vs  stripos($line, 'connection refused')   target <= 3x
 *   SocketError::fromMessage($line) per line  vs  one preg_match() (PCRE JIT) alternation
 *                                                 of the same phrases                   target >= 20x faster
 *   sockerr_scan() over a 100 MB log          vs  grep -F -c -f phrases on the same file target >= 0.5x its speed
 * over a mix of real failure lines and ordinary log lines. Run through bench/run.
 */
require __DIR__ . '/turns.php';

const ROUNDS = 7;
const LOG_MB = 100;

$failures = [
    'stream_socket_client(): Unable to connect to tcp://db:5432 (Connection refused)',
    'cURL error 7: Failed to connect to api port 443 after 3 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)',
    'php_network_getaddresses: getaddrinfo for redis failed: Temporary failure in name resolution',
    'SQLSTATE[HY000] [2002] No such file or directory',
    'mysqli::real_connect(): (HY000/2002): No connection could be made because the target machine actively refused it.',
    'Error: connect ECONNREFUSED 127.0.0.1:6379',
    'cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received',
    'socket_connect(): unable to connect [111]: Connection refused',
];
$ordinary = [
    '127.0.0.1 - - [22/Nov/2026:03:21:07 +0000] "GET /index.php?page=2 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
    '[2026-11-22 03:21:07] production.INFO: User 4711 logged in from 192.168.1.20 {"session":"a8f3c2"}',
    '[2026-11-22 03:21:08] production.DEBUG: SELECT id, name, email FROM users WHERE id = ? LIMIT 1 [4711] 0.42 ms',
    '#3 /var/www/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180): Illuminate\\Pipeline\\Pipeline->then()',
    '10.0.0.5 - - [22/Nov/2026:03:21:09 +0000] "POST /api/orders HTTP/1.1" 201 88 "-" "okhttp/4.12.0"',
    '[2026-11-22 03:21:10] production.NOTICE: Cache miss for key product:1234:en, rebuilding from database',
];
// one failure line in five, as in a log that has trouble
$lines = [];
for ($i = 0; $i < 1000; $i++) {
    $lines[] = $i % 5 === 0 ? $failures[intdiv($i, 5) % count($failures)] : $ordinary[$i % count($ordinary)];
}

// the phrases: every message text and symbol the tables know, as the scanner's rules do
$phrases = [];
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    foreach (sockerr_errors($platform) as $row) {
        $phrases[$row['name']] = true;
        if ($row['message'] !== null && strlen($row['message']) >= 12 && $row['error'] !== 'Unknown') {
            $phrases[rtrim($row['message'], '.')] = true;
        }
    }
}
$phrases = array_keys($phrases);
$pattern = '/' . implode('|', array_map(fn ($p) => preg_quote($p, '/'), $phrases)) . '/i';
ini_set('pcre.jit', '1');

// per line: fromMessage() and stripos() in turns; PCRE apart, as a pass of its large program
// leaves the caches cold for whatever comes after it
['ours' => $ours, 'naive' => $naive] = best_in_turns([
    'ours' => function () use ($lines) { foreach ($lines as $line) { $r = SocketError::fromMessage($line); } },
    'naive' => function () use ($lines) { foreach ($lines as $line) { $r = stripos($line, 'connection refused'); } },
], ROUNDS, count($lines));
['pcre' => $pcre] = best_in_turns([
    'pcre' => function () use ($lines, $pattern) { foreach ($lines as $line) { $r = preg_match($pattern, $line); } },
], ROUNDS, count($lines));
$failed = 0;
$ratio = $ours / $naive;
$failed += $ratio <= 3 ? 0 : 1;
printf("SocketError::fromMessage()  %7.1f ns/line  vs  stripos(\$line, 'connection refused') %7.1f ns/line  ratio %.2fx (target <= 3x) %s\n",
    $ours, $naive, $ratio, $ratio <= 3 ? 'PASS' : 'FAIL');
$speedup = $pcre / $ours;
$failed += $speedup >= 20 ? 0 : 1;
printf("SocketError::fromMessage()  %7.1f ns/line  vs  preg_match() of %d phrases %10.1f ns/line  %.1fx faster (target >= 20x) %s\n",
    $ours, count($phrases), $pcre, $speedup, $speedup >= 20 ? 'PASS' : 'FAIL');

// a 100 MB log of the same mix, with a failure line in a hundred
$file = tempnam(sys_get_temp_dir(), 'sockerr-log');
$phraseFile = tempnam(sys_get_temp_dir(), 'sockerr-phrases');
file_put_contents($phraseFile, implode("\n", $phrases) . "\n");
$out = fopen($file, 'w');
$block = '';
for ($i = 0; $i < 1000; $i++) {
    $block .= ($i % 100 === 0 ? $failures[intdiv($i, 100) % count($failures)] : $ordinary[$i % count($ordinary)]) . "\n";
}
for ($written = 0; $written < LOG_MB * 1024 * 1024; $written += strlen($block)) {
    fwrite($out, $block);
}
fclose($out);
$size = filesize($file);

$grep = INF;
for ($round = 0; $round < 3; $round++) {
    $start = hrtime(true);
    $count = (int) shell_exec('LC_ALL=C grep -F -i -c -f ' . escapeshellarg($phraseFile) . ' ' . escapeshellarg($file));
    $grep = min($grep, (hrtime(true) - $start) / 1e9);
}
$scan = INF;
for ($round = 0; $round < 3; $round++) {
    $start = hrtime(true);
    $findings = 0;
    $in = fopen($file, 'r');
    while (($chunk = fread($in, 8 * 1024 * 1024)) !== '') {
        // whole lines only: carry the cut one over to the next chunk
        $cut = strrpos($chunk, "\n");
        if ($cut !== false && !feof($in)) {
            fseek($in, $cut + 1 - strlen($chunk), SEEK_CUR);
            $chunk = substr($chunk, 0, $cut + 1);
        }
        $findings += count(sockerr_scan($chunk));
    }
    fclose($in);
    $scan = min($scan, (hrtime(true) - $start) / 1e9);
}
unlink($file);
unlink($phraseFile);
$relative = $grep / $scan;
$failed += $relative >= 0.5 ? 0 : 1;
printf("sockerr_scan() of %d MB    %7.0f MB/s (%d findings)  vs  grep -F -i -c -f phrases %7.0f MB/s (%d lines)  %.2fx its speed (target >= 0.5x) %s\n",
    $size >> 20, $size / 1048576 / $scan, $findings, $size / 1048576 / $grep, $count, $relative, $relative >= 0.5 ? 'PASS' : 'FAIL');
exit($failed ? 1 : 0);
