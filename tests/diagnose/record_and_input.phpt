--TEST--
diagnose: the host record of sockerr_explain() plus checks and diagnosis, for every kind of input; bad input names the argument; a shared record is left as it was
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (['ETIMEDOUT', 'CURLE_OPERATION_TIMEDOUT', SocketError::TimedOut, new RuntimeException('x', 0, new Exception('Connection timed out')), 'ECONNRESET'] as $input) {
    $d = sockerr_diagnose($input);
    $explained = sockerr_explain($input);
    $checks = $d['checks'];
    $diagnosis = $d['diagnosis'];
    unset($d['checks'], $d['diagnosis']);
    echo $d === $explained ? 'same record' : 'DIFFERENT', ': ', $explained['error'], ' ', $explained['name'] ?? '-', ': ', $diagnosis, "\n";
    foreach ($checks as $c) {
        echo "  {$c['check']} [{$c['verdict']}] ", is_string($c['detail']) && $c['detail'] !== '' ? 'detail' : 'NO DETAIL', "\n";
    }
}
$before = sockerr_explain('ETIMEDOUT');
sockerr_diagnose('ETIMEDOUT');
var_dump(sockerr_explain('ETIMEDOUT') === $before && !isset($before['checks']));
try {
    sockerr_diagnose([]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sockerr_diagnose(PHP_INT_MAX);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sockerr_diagnose('ETIMEDOUT', 'linux');
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
same record: TimedOut ETIMEDOUT: 2 checks: 0 causes confirmed, 0 ruled out, 2 for context.
  php.default_socket_timeout [context] detail
  php.max_execution_time [context] detail
same record: TimedOut CURLE_OPERATION_TIMEDOUT: 2 checks: 0 causes confirmed, 0 ruled out, 2 for context.
  php.default_socket_timeout [context] detail
  php.max_execution_time [context] detail
same record: TimedOut -: 2 checks: 0 causes confirmed, 0 ruled out, 2 for context.
  php.default_socket_timeout [context] detail
  php.max_execution_time [context] detail
same record: TimedOut ETIMEDOUT: 2 checks: 0 causes confirmed, 0 ruled out, 2 for context.
  php.default_socket_timeout [context] detail
  php.max_execution_time [context] detail
same record: ConnectionReset ECONNRESET: No check bears on this failure on this system.
bool(true)
sockerr_diagnose(): Argument #1 ($error) must be of type SocketError|Throwable|CurlHandle|string|int, array given
sockerr_diagnose(): Argument #1 ($error) must be between -2147483647 and 2147483647
sockerr_diagnose() expects exactly 1 argument, 2 given
