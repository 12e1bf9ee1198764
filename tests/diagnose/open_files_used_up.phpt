--TEST--
diagnose: this process's descriptors used up under a lowered ulimit -n (a child's real EMFILE)
--EXTENSIONS--
sockerr
posix
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces(); skip_under_valgrind('ulimit -n cannot lower the hard limit (valgrind keeps descriptors of its own)'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// The child starts under `ulimit -n 64`, opens sockets until the kernel refuses one (at most
// 64 tries), and asks for a diagnosis while it still holds them, then after closing them.
$child = <<<'PHP'
<?php
$sockets = [];
for ($i = 0; $i < 64 && ($s = @socket_create(AF_INET, SOCK_STREAM, SOL_TCP)); $i++) {
    $sockets[] = $s;
}
$code = socket_last_error();
$d = sockerr_diagnose($code);
echo $d['name'], ': ', $d['diagnosis'], "\n";
foreach ($d['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] ", preg_replace('/\d+ of \d+ in use/', 'N of M in use', $c['found']), "\n";
}
$sockets = [];
echo "closed:\n";
foreach (sockerr_diagnose($code)['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] ", preg_replace('/^\d+ in use/', 'N in use', preg_replace('/\d+ of \d+ in use/', 'N of M in use', $c['found'])), "\n";
}
PHP;
echo in_namespace("ulimit -n 64", $child, extensions: ['sockets']);
?>
--EXPECT--
EMFILE: 1 check: 1 cause confirmed, 0 ruled out, 0 for context.
limits.open_files [cause] all in use (none left to list them); soft limit 64, hard 64
closed:
limits.open_files [context] N in use; soft limit 64, hard 64
limits.system_files [ruled out] N of M in use
