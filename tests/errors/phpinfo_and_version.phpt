--TEST--
sockerr: phpinfo() section, SOCKERR_VERSION and sockerr_platform()
--EXTENSIONS--
sockerr
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/^sockerr support.*?(?=\n\n)/ms', $info, $m);
echo preg_replace(['/=> \d+$/m', '/Host platform => \w+/'], ['=> N', 'Host platform => HOST'], $m[0]), "\n";
var_dump(SOCKERR_VERSION === phpversion('sockerr'), (bool) preg_match('/^\d+\.\d+\.\d+/', SOCKERR_VERSION));
var_dump(in_array(sockerr_platform(), ['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'hpux', 'windows'], true));
var_dump(sockerr_platform() === match (PHP_OS_FAMILY) {
    'Linux' => 'linux', 'Darwin' => 'darwin', 'Windows' => 'windows', 'Solaris' => 'solaris',
    default => sockerr_platform(),
});
?>
--EXPECT--
sockerr support => enabled
Version => 0.1.0
Host platform => HOST
Platforms => linux darwin freebsd openbsd netbsd solaris aix hpux windows
Native codes (errno) => N
Native codes (windows) => N
Native codes (resolver) => N
Native codes (curl) => N
Explanations => N
bool(true)
bool(true)
bool(true)
bool(true)
