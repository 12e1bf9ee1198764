<?php
/*
 * Per-call cost of sockerr against its anchors, measured in one process:
 *   sockerr_explain(111)          vs curl_strerror(7)                     target <= 1.5x
 *   SocketError::fromNative(111)  vs a userland backed enum's static
 *                                    method doing a match over the same codes  target <= 1.0x
 * Prints one line per pair with the ratio and PASS/FAIL; exit status 1 if any fails.
 * Run through bench/run, which loads the extensions.
 */
require __DIR__ . '/turns.php';

const ROUNDS = 15;
const CALLS = 200000;

// The userland anchor: the same 47 cases and a match over the host's errno codes.
$cases = '';
foreach (SocketError::cases() as $case) {
    $cases .= "case {$case->name} = {$case->value};\n";
}
$arms = '';
foreach (sockerr_errors() as $row) {
    if ($row['family'] === 'errno') {
        $arms .= "{$row['code']} => self::{$row['error']},\n";
    }
}
eval("enum UserSocketError: int {\n$cases\npublic static function fromNative(int \$code): self {\n"
    . "return match (\$code) {\n{$arms}default => self::Unknown,\n};\n}\n}");

// Each loop is written out, so that the loop overhead is the same on both sides.
$pairs = [
    ['sockerr_explain(111)', fn ($n) => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $r = sockerr_explain(111); } })(),
     'curl_strerror(7)', fn ($n) => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $r = curl_strerror(7); } })(), 1.5],
    ['SocketError::fromNative(111)', fn ($n) => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $r = SocketError::fromNative(111); } })(),
     'UserSocketError::fromNative(111)', fn ($n) => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $r = UserSocketError::fromNative(111); } })(), 1.0],
];
$failed = 0;
foreach ($pairs as [$name, $loop, $anchorName, $anchorLoop, $limit]) {
    [$ours, $anchor] = best_in_turns([fn () => $loop(CALLS), fn () => $anchorLoop(CALLS)], ROUNDS, CALLS);
    $ratio = $ours / $anchor;
    $ok = $ratio <= $limit;
    $failed += $ok ? 0 : 1;
    printf("%-30s %6.1f ns  vs  %-34s %6.1f ns  ratio %.2fx (target <= %.1fx) %s\n",
        $name, $ours, $anchorName, $anchor, $ratio, $limit, $ok ? 'PASS' : 'FAIL');
}
exit($failed ? 1 : 0);
