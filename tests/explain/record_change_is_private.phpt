--TEST--
sockerr_explain(): changing a returned record never changes the next one (shared records)
--EXTENSIONS--
sockerr
--FILE--
<?php
$first = sockerr_explain(111, 'linux');
$copy = unserialize(serialize($first));
$first['error'] = 'changed';
$first['causes'][0] = 'changed';
$first['hints'][] = 'added';
unset($first['summary']);
$first['extra'] = str_repeat('x', 100);
$ref = &$first['name'];
$ref = 'changed too';
unset($first);
$again = sockerr_explain(111, 'linux');
var_dump($again === $copy);

$case = SocketError::ConnectionRefused->explain();
$case['causes'] = [];
sort($case);
var_dump(SocketError::ConnectionRefused->explain()['causes'] !== []);

// records kept across calls and changed later
$kept = [];
for ($i = 0; $i < 3; $i++) {
    $kept[] = sockerr_explain('ECONNRESET', 'darwin');
}
$kept[1]['causes'][] = 'mine';
var_dump($kept[0] === $kept[2], count($kept[1]['causes']) === count($kept[0]['causes']) + 1);
var_dump(sockerr_explain('ECONNRESET', 'darwin') === $kept[0]);
$errors = sockerr_errors('linux');
$errors[0]['name'] = 'changed';
var_dump(sockerr_errors('linux')[0]['name'] !== 'changed');
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
