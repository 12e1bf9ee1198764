--TEST--
sockerr_explain(): the record has DESIGN.md's keys and types and survives json_encode()
--EXTENSIONS--
sockerr
--FILE--
<?php
$inputs = [111, -10001, 'WSAECONNREFUSED', 'EAI_AGAIN', SocketError::TimedOut, 'nonsense', 0, 99999];
foreach ($inputs as $input) {
    $r = sockerr_explain($input, 'linux');
    echo implode(',', array_keys($r)), "\n";
    foreach ($r as $key => $value) {
        $ok = match ($key) {
            'error' => is_string($value) && SocketError::tryFromName($value) !== null,
            'code' => is_int($value) && SocketError::tryFrom($value) !== null,
            'family' => in_array($value, [null, 'errno', 'windows', 'resolver', 'curl'], true),
            'platform', 'name', 'message', 'matched' => $value === null || is_string($value),
            'native' => $value === null || is_int($value),
            'curl' => $value === null || is_array($value),
            'summary' => is_string($value) && $value !== '',
            'causes', 'hints' => is_array($value) && array_is_list($value) && $value
                && count(array_filter($value, fn ($s) => is_string($s) && $s !== '')) === count($value),
            'transient' => is_bool($value),
        };
        if (!$ok) {
            echo "bad $key\n";
        }
    }
    $json = json_encode($r, JSON_THROW_ON_ERROR);
    var_dump(json_decode($json, true) === $r);
}
?>
--EXPECT--
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
bool(true)
