--TEST--
diagnose: sockerr.diagnose = Off runs no check, says so, and cannot be turned on at run time
--EXTENSIONS--
sockerr
--INI--
sockerr.diagnose=0
--FILE--
<?php
$d = sockerr_diagnose('ECONNREFUSED');
var_dump($d['checks'], $d['diagnosis']);
var_dump(ini_set('sockerr.diagnose', '1'), ini_get('sockerr.diagnose'));
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^Diagnosis => .*$/m', ob_get_clean(), $m);
echo $m[0], "\n";
?>
--EXPECT--
array(0) {
}
string(53) "No check was run: sockerr.diagnose is Off in php.ini."
bool(false)
string(1) "0"
Diagnosis => off (sockerr.diagnose)
