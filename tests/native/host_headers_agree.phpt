--TEST--
sockerr_errors(): the host's column agrees with the host's own headers and libc texts
--DESCRIPTION--
Writes a C program from the host platform's rows: for every symbol the host's <errno.h> and
<netdb.h> define, its value must equal the table's, and strerror(), gai_strerror() and
hstrerror() must return the table's text. Needs a C compiler (skipped without one).
A known libc version difference is accepted, and only on the libc it names: $newer below.
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
// Texts that a newer libc gives where the table keeps Debian 12's (glibc 2.36): symbol =>
// [the libc versions that may say it (a C condition), their text]. Only that text, only there.
$newer = [
    // glibc 2.36 has no text for EAI_OVERFLOW ("Unknown error"); glibc 2.43 (Debian sid) has one
    'EAI_OVERFLOW' => ['defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ > 36)', 'Result too large for supplied buffer'],
];
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
    $check = "\tcheck(\"$name\", $value, $code, $call, $text, NEWER);\n";
    if (isset($newer[$name])) {
        [$libc, $newText] = $newer[$name];
        $check = "#if $libc\n" . str_replace('NEWER', '"' . addcslashes($newText, "\"\\") . '"', $check) . "#else\n"
            . str_replace('NEWER', 'NULL', $check) . "#endif\n";
    } else {
        $check = str_replace('NEWER', 'NULL', $check);
    }
    $checks .= "#ifdef $name\n$check#else\n\tmissing++;\n#endif\n";
}
$program = <<<C
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
static int bad, checked, missing;
static void check(const char *name, long value, long code, const char *text, const char *expected, const char *newer)
{
	checked++;
	if (value != code) { printf("%s is %ld here, %ld in the table\\n", name, value, code); bad++; }
	if (expected && strcmp(text, expected) != 0 && !(newer && strcmp(text, newer) == 0)) { printf("%s says \"%s\" here, \"%s\" in the table\\n", name, text, expected); bad++; }
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
