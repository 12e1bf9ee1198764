--TEST--
sockerr_errors(): the host's column agrees with the host's own headers and libc texts
--DESCRIPTION--
Writes a C program from the host platform's rows: for every symbol the host's <errno.h> and
<netdb.h> define, its value must equal the table's, and strerror(), gai_strerror() and
hstrerror() must return the table's text. Needs a C compiler (skipped without one).
--SKIPIF--
<?php
if (PHP_OS_FAMILY === 'Windows') die('skip needs a Unix C compiler');
exec('command -v cc', $out, $status);
if ($status !== 0) die('skip no C compiler');
?>
--EXTENSIONS--
sockerr
--FILE--
<?php
$checks = '';
foreach (sockerr_errors() as $row) {
    if ($row['family'] === 'curl') {
        continue; // tests/curl/host_libcurl_agrees.phpt
    }
    $name = $row['name'];
    $code = $row['code'];
    $text = $row['message'] === null ? 'NULL' : '"' . addcslashes($row['message'], "\"\\") . '"';
    [$value, $call] = match ($row['family']) {
        'errno' => [$name, "strerror($code)"],
        'resolver' => str_starts_with($name, 'EAI_') ? [$name, "gai_strerror($code)"] : [$name, "hstrerror($code)"],
    };
    $checks .= "#ifdef $name\n\tcheck(\"$name\", $value, $code, $call, $text);\n#else\n\tmissing++;\n#endif\n";
}
$program = <<<C
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
static int bad, checked, missing;
static void check(const char *name, long value, long code, const char *text, const char *expected)
{
	checked++;
	if (value != code) { printf("%s is %ld here, %ld in the table\\n", name, value, code); bad++; }
	if (expected && strcmp(text, expected) != 0) { printf("%s says \"%s\" here, \"%s\" in the table\\n", name, text, expected); bad++; }
}
int main(void)
{
$checks
	printf("%s\\n", checked > 100 && bad == 0 ? "agree" : "disagree");
	return bad != 0;
}
C;
$dir = sys_get_temp_dir() . '/sockerr-host-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/check.c", $program);
exec("cc -o $dir/check $dir/check.c 2>&1", $out, $status);
if ($status !== 0) {
    echo implode("\n", $out), "\n";
}
passthru("$dir/check");
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
agree
