--TEST--
bin/sockerr: colour only on a terminal without NO_COLOR (or --color), and scan's progress bar on stderr (bytes, rate, time left) on a terminal or with --progress
--EXTENSIONS--
sockerr
--SKIPIF--
<?php
exec('command -v script', $out, $status);
if ($status !== 0) die('skip needs script(1) (util-linux) for a terminal');
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';
$php = implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-n', '-d', 'extension=' . cli_module(), dirname(__DIR__, 2) . '/bin/sockerr']));
// on a terminal made by script(1): stdout and stderr are both the terminal
$tty = fn (string $args, string $env = '') => shell_exec('env -u NO_COLOR ' . $env . ' script -qec ' . escapeshellarg("$php $args") . ' /dev/null 2>&1');
$escapes = fn (?string $out) => str_contains((string) $out, "\e[") ? 'colour' : 'no colour';
echo 'terminal: ', $escapes($tty('111')), "\n";
echo 'terminal, NO_COLOR=1: ', $escapes($tty('111', 'NO_COLOR=1')), "\n";
echo 'terminal, NO_COLOR empty: ', $escapes($tty('111', 'NO_COLOR=')), "\n";
echo 'terminal, --no-color: ', $escapes($tty('111 --no-color')), "\n";
echo 'pipe: ', $escapes(cli(['111'])['out']), "\n";
echo 'pipe, --color: ', $escapes(cli(['111', '--color'])['out']), "\n";
echo 'pipe, --json on a terminal: ', $escapes($tty('111 --json')), "\n";

$file = tempnam(sys_get_temp_dir(), 'sockerr-cli');
file_put_contents($file, str_repeat("connect() failed: Connection refused\nall is well\n", 100_000));
$bar = '/\[#{24}\] 100%  [\d.]+ MB of [\d.]+ MB  [\d.]+ [KMG]?B\/s  0:00 left/';
$r = cli(['scan', '--progress', $file]);
echo '--progress: ', preg_match($bar, $r['err']) ? 'bar on stderr' : json_encode($r['err']), ', ', str_ends_with($r['err'], "\r\e[K") ? 'cleared' : 'not cleared',
    ', ', str_contains($r['out'], '100,000 lines') ? 'summary on stdout' : $r['out'], "\n";
echo 'pipe: ', cli(['scan', $file])['err'] === '' ? 'no bar' : 'a bar', "\n";
echo 'terminal: ', preg_match($bar, (string) $tty('scan ' . escapeshellarg($file))) ? 'bar' : 'no bar', "\n";
echo 'terminal, --no-progress: ', preg_match($bar, (string) $tty('scan --no-progress ' . escapeshellarg($file))) ? 'bar' : 'no bar', "\n";
echo 'terminal, stdin from a pipe: ', str_contains((string) $tty('scan < /dev/null | cat'), '%') ? 'bar' : 'no bar', "\n";
unlink($file);
?>
--EXPECT--
terminal: colour
terminal, NO_COLOR=1: no colour
terminal, NO_COLOR empty: colour
terminal, --no-color: no colour
pipe: no colour
pipe, --color: colour
pipe, --json on a terminal: no colour
--progress: bar on stderr, cleared, summary on stdout
pipe: no bar
terminal: bar
terminal, --no-progress: no bar
terminal, stdin from a pipe: no bar
