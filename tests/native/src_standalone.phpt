--TEST--
src/: the tables and the scanner (with SSE2 and without) compile alone as strict C99; the tables hold their invariants (tests/c/table_check.c)
--SKIPIF--
<?php
// run-tests -m traces children: it would run the C compiler on the scanner under valgrind
if (getenv('USE_ZEND_ALLOC') === '0') die('skip compiles src/ with cc, which valgrind would trace for many minutes');
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
// where <string.h> brings in <errno.h> and <netdb.h> (the Windows CRTs do), ECONNREFUSED is a
// macro: the tables must still stringify and paste the names, not their numbers
$out = [];
exec("cc -std=c99 -pedantic -Wall -Wextra -Werror -include errno.h -include netdb.h -c -o $binary.o $root/src/table.c 2>&1", $out, $status);
echo $status === 0 ? "compiled with errno.h first\n" : implode("\n", array_slice($out, 0, 5)) . "\n";
@unlink("$binary.o");
foreach (['' => 'the scanner', '-DSOCKERR_SCAN_PORTABLE' => 'the portable scanner'] as $define => $what) {
    $out = [];
    exec("cc -std=c99 -pedantic -Wall -Wextra -Werror $define -c -o $binary.o $root/src/scan.c 2>&1", $out, $status);
    echo $status === 0 ? "$what compiled\n" : implode("\n", $out) . "\n";
    @unlink("$binary.o");
}
?>
--EXPECT--
compiled
ok
compiled with errno.h first
the scanner compiled
the portable scanner compiled
