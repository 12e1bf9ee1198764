--TEST--
src/: the tables compile alone as strict C99 and hold their invariants (tests/c/table_check.c)
--SKIPIF--
<?php
exec('command -v cc', $out, $status);
if ($status !== 0) die('skip no C compiler');
?>
--EXTENSIONS--
sockerr
--FILE--
<?php
$root = dirname(__DIR__, 2);
$binary = sys_get_temp_dir() . '/sockerr-table-check-' . getmypid();
exec("cc -std=c99 -pedantic -Wall -Wextra -Werror -o $binary $root/tests/c/table_check.c $root/src/table.c 2>&1", $out, $status);
echo $status === 0 ? "compiled\n" : implode("\n", $out) . "\n";
passthru($binary);
@unlink($binary);
?>
--EXPECT--
compiled
ok
