--TEST--
bin/sockerr without the extension (php -n): says how to load it (php -d extension=sockerr, php.ini, Debian's mods-available and phpenmod) and exits 2; --help still works
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/cli.inc';
$r = cli(['111'], null, [], ['-n']);
echo "exit {$r['status']}, stdout '{$r['out']}'\n", $r['err'];
$help = cli(['--help'], null, [], ['-n']);
echo "--help: exit {$help['status']}, ", str_contains($help['out'], 'Exit status') ? 'the help' : 'no help', "\n";
?>
--EXPECTF--
exit 2, stdout ''
sockerr: the sockerr extension is not loaded in this PHP (%s, %s).
Load it for one run:
  php -d extension=sockerr %sbin/sockerr ...
or for good, with a line in php.ini (this PHP reads none; `php --ini` shows where it looks):
  extension=sockerr
On Debian and Ubuntu, put that line in /etc/php/%d.%d/mods-available/sockerr.ini and run
  phpenmod sockerr
(it links it as /etc/php/%d.%d/cli/conf.d/20-sockerr.ini). Install the extension with
`pie install sockerr/sockerr` or `pecl install sockerr`.
--help: exit 0, the help
