<?php
/*
 * The scanner against its anchors, measured in one process (grep in a child):
 *   SocketError::fromMessage($line) per line  vs  stripos($line, 'connection refused')   target <= 3x
 *   SocketError::fromMessage($line) per line  vs  one preg_match() (PCRE JIT) alternation
 *                                                 of the same phrases                   target >= 20x faster
 *   sockerr_scan() over a 100 MB log          vs  grep -F -c -f phrases on the same file target >= 0.5x its speed
 * over real failure lines from public reports (bench/lines/failures.tsv, every one distinct, in
 * many languages) and ordinary log lines (bench/lines/ordinary.txt), and the phrases of every
 * table and language (src/l10n/). Also prints how many of the real lines are read as a person
 * reads them. Run through bench/run.
 */
require __DIR__ . '/turns.php';
require __DIR__ . '/phrases.php';

const ROUNDS = 7;
// the per-line pair takes 60 rounds (a few ms in all): stripos() is 1.4x faster after 60 rounds
// than after 7, as the processor learns its branches over the same lines, fromMessage() 1.25x
const LINE_ROUNDS = 60;
const LOG_MB = 100;

// real failure lines from public reports and ordinary log lines, every one distinct (bench/lines/)
$read = fn (string $file) => array_values(array_filter(file(__DIR__ . "/lines/$file", FILE_IGNORE_NEW_LINES),
    fn ($l) => $l !== '' && !str_starts_with($l, '# ')));
$labelled = array_map(fn ($l) => explode("\t", $l), $read('failures.tsv'));
$failures = array_column($labelled, 1);
$ordinary = $read('ordinary.txt');
// the per-line mix: each line once, a failure and an ordinary line in turn while both last
$lines = [];
for ($i = 0; $i < max(count($failures), count($ordinary)); $i++) {
    array_push($lines, ...array_slice($failures, $i, 1), ...array_slice($ordinary, $i, 1));
}

// the phrases: every message text and symbol the tables know, in every language (bench/phrases.php)
$phrases = sockerr_bench_phrases();
ini_set('pcre.jit', '1');
// as few alternations as PCRE compiles (a pattern's compiled size is bounded): the anchor
// matches a line as soon as one of them does
for ($size = count($phrases); $size >= 50; $size = intdiv($size, 2)) {
    $patterns = array_map(fn ($chunk) => '/' . implode('|', array_map(fn ($p) => preg_quote($p, '/'), $chunk)) . '/iu',
        array_chunk($phrases, $size));
    if (!in_array(false, array_map(fn ($pattern) => @preg_match($pattern, ''), $patterns), true)) {
        break;
    }
}

// per line: fromMessage() and stripos() in turns; PCRE apart, as a pass of its large program
// leaves the caches cold for whatever comes after it
['ours' => $ours, 'naive' => $naive] = best_in_turns([
    'ours' => function () use ($lines) { foreach ($lines as $line) { $r = SocketError::fromMessage($line); } },
    'naive' => function () use ($lines) { foreach ($lines as $line) { $r = stripos($line, 'connection refused'); } },
], LINE_ROUNDS, count($lines));
['pcre' => $pcre] = best_in_turns([
    'pcre' => function () use ($lines, $patterns) {
        foreach ($lines as $line) {
            foreach ($patterns as $pattern) {
                if (preg_match($pattern, $line)) {
                    break;
                }
            }
        }
    },
], ROUNDS, count($lines));
$failed = 0;
$ratio = $ours / $naive;
$failed += $ratio <= 3 ? 0 : 1;
printf("SocketError::fromMessage()  %7.1f ns/line  vs  stripos(\$line, 'connection refused') %7.1f ns/line  ratio %.2fx (target <= 3x) %s\n",
    $ours, $naive, $ratio, $ratio <= 3 ? 'PASS' : 'FAIL');
$speedup = $pcre / $ours;
$failed += $speedup >= 20 ? 0 : 1;
printf("SocketError::fromMessage()  %7.1f ns/line  vs  preg_match() of %d phrases (%d patterns) %10.1f ns/line  %.1fx faster (target >= 20x) %s\n",
    $ours, count($phrases), count($patterns), $pcre, $speedup, $speedup >= 20 ? 'PASS' : 'FAIL');

// how the real lines are read: as a careful person reads them, Unknown where they state nothing
$right = $judged = 0;
foreach ($labelled as [$expected, $line]) {
    if ($expected !== '?') {
        $judged++;
        $right += SocketError::fromMessage($line)->name === $expected ? 1 : 0;
    }
}
printf("%d distinct real failure lines and %d ordinary lines; of the %d a person can judge, %.1f%% read alike\n",
    count($failures), count($ordinary), $judged, 100 * $right / $judged);

// a 100 MB log of the same mix, with a failure line in a hundred
$file = tempnam(sys_get_temp_dir(), 'sockerr-log');
$phraseFile = tempnam(sys_get_temp_dir(), 'sockerr-phrases');
file_put_contents($phraseFile, implode("\n", $phrases) . "\n");
$size = sockerr_bench_log($file, $failures, $ordinary, LOG_MB);

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
    // parts of 1 MB, as bin/sockerr reads: a string of 2 MB and more is a mapping of its own, made
    // and unmade (and its pages faulted in) for each part, which cost 8 MB parts most of their time
    while (($chunk = fread($in, 1024 * 1024)) !== '') {
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
