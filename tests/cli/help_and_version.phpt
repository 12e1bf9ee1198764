--TEST--
bin/sockerr --help lists every command, option and exit status; --version names the script's, the extension's and PHP's versions, and the script's is the package's
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
foreach ([['--help'], ['-h'], ['scan', '--help']] as $args) {
    $r = cli($args);
    $missing = array_filter(['explain', 'diagnose', 'list', 'scan', '--json', '--platform', '--family', '--color', '--no-color',
        '--progress', '--no-progress', '--help', '--version', 'NO_COLOR', 'Exit status: 0 explained or found, 1 nothing recognised, 2 bad usage'],
        fn ($word) => !str_contains($r['out'], $word));
    echo implode(' ', $args), ": exit {$r['status']}, ", $missing ? 'missing ' . implode(', ', $missing) : 'all there', "\n";
}
$r = cli(['--version']);
echo $r['status'], ' ', $r['out'] === sprintf("sockerr %s (extension %s, PHP %s, %s)\n", SOCKERR_VERSION, SOCKERR_VERSION, PHP_VERSION, sockerr_platform())
    ? 'versions right' : $r['out'], "\n";
echo cli(['-V'])['out'] === $r['out'] ? "-V the same\n" : "-V differs\n";
$xml = __DIR__ . '/../../package.xml';
if (is_file($xml) && preg_match('#<release>([^<]+)</release>#', file_get_contents($xml), $m)) {
    echo $m[1] === SOCKERR_VERSION ? "package.xml's release\n" : "package.xml says $m[1]\n";
} else {
    echo "package.xml's release\n";
}
?>
--EXPECT--
--help: exit 0, all there
-h: exit 0, all there
scan --help: exit 0, all there
0 versions right
-V the same
package.xml's release
