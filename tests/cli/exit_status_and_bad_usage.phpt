--TEST--
bin/sockerr: exit status 0 explained or found, 1 nothing recognised, 2 bad usage (each with its message on stderr, nothing on stdout)
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
$log = tempnam(sys_get_temp_dir(), 'sockerr-cli');
file_put_contents($log, "all is well\nrequest handled in 12 ms\n");
foreach ([
    ['111'], ['cURL error 52: Empty reply from server'], ['scan', '-'],
    ['99999', '--platform', 'linux'], ['nothing to see here'], ['list', '--platform', 'linux', '--family', 'windows'], ['scan', $log],
    [], ['--bogus'], ['-x', '111'], ['--platform'], ['111', '--platform', 'mars'], ['111', '--platform='], ['111', '--json=yes'],
    ['list', '--family', 'dns'], ['111', '--family', 'errno'], ['diagnose', '111', '--platform', 'linux'], ['diagnose'],
    ['list', 'extra'], ['111', '--progress'], ['scan', '/nonexistent/app.log'], ['scan', sys_get_temp_dir()], ['explain'],
] as $args) {
    $r = cli($args, $args === ['scan', '-'] ? "connect() failed: Connection refused\n" : null);
    printf("%-45s %d  %s%s\n", json_encode(array_map(fn ($a) => $a === $log ? 'LOG' : $a, $args), JSON_UNESCAPED_SLASHES), $r['status'],
        $r['status'] === 2 ? strtok($r['err'], "\n") : '', $r['status'] === 2 && $r['out'] !== '' ? ' (and stdout!)' : '');
}
unlink($log);
?>
--EXPECTF--
["111"]                                       0  
["cURL error 52: Empty reply from server"]    0  
["scan","-"]                                  0  
["99999","--platform","linux"]                1  
["nothing to see here"]                       1  
["list","--platform","linux","--family","windows"] 1  
["scan","LOG"]                                1  
[]                                            2  sockerr: nothing to explain
["--bogus"]                                   2  sockerr: unknown option --bogus
["-x","111"]                                  2  sockerr: unknown option -x
["--platform"]                                2  sockerr: --platform needs a value
["111","--platform","mars"]                   2  sockerr: --platform must be one of "linux", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "hpux", "windows" or a PHP_OS or PHP_OS_FAMILY value, "mars" given
["111","--platform="]                         2  sockerr: --platform needs a value
["111","--json=yes"]                          2  sockerr: --json takes no value
["list","--family","dns"]                     2  sockerr: unknown family 'dns': use errno, windows, resolver, curl
["111","--family","errno"]                    2  sockerr: --family is for sockerr list
["diagnose","111","--platform","linux"]       2  sockerr: --platform is not for diagnose, which looks at this host
["diagnose"]                                  2  sockerr: diagnose needs an input
["list","extra"]                              2  sockerr: list takes no argument (use --platform and --family)
["111","--progress"]                          2  sockerr: --progress is for sockerr scan
["scan","/nonexistent/app.log"]               2  sockerr: cannot read /nonexistent/app.log: fopen(/nonexistent/app.log): Failed to open stream: No such file or directory
["scan","%s"]%w2  sockerr: %s is a directory
["explain"]                                   2  sockerr: explain needs an input
