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
// the host facts vary by host: each row's name is shown, its value's form checked
echo preg_replace(['/=> \d+$/m', '/Host platform => \w+/', '/^(SELinux|AppArmor|Container|Proxy variables) => .+$/m',
    '/^Open files => \d+ in use; soft limit (\d+|unlimited), hard (\d+|unlimited)$/m'],
    ['=> N', 'Host platform => HOST', '$1 => FACT', 'Open files => N in use; soft limit N, hard N'], $m[0]), "\n";
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
Diagnosis => on
SELinux => FACT
AppArmor => FACT
Open files => N in use; soft limit N, hard N
Container => FACT
Proxy variables => FACT
bool(true)
bool(true)
bool(true)
bool(true)
