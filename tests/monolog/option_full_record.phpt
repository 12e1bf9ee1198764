--TEST--
monolog: new SocketErrorProcessor(full: true) puts sockerr_explain()'s whole record in extra['socket_error'], keeping what other processors added to extra
--SKIPIF--
<?php if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed'); ?>
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/monolog.inc';
[$logger, $handler] = logger(new SocketErrorProcessor(full: true));
$logger->pushProcessor(function ($record) {   // runs first: Monolog calls the last pushed first
    $record['extra']['request_id'] = 'abc';
    return $record;
});
$client = @stream_socket_client('tcp://127.0.0.1:' . closed_port(), $errno, $errstr, 2);
$e = new RuntimeException(error_get_last()['message']);
$logger->error('connect failed', ['exception' => $e]);
$extra = $handler->getRecords()[0]['extra'];
echo implode(',', array_keys($extra)), "\n";
var_dump($extra['socket_error'] === sockerr_explain($e));
echo implode(',', array_keys($extra['socket_error'])), "\n";
echo $extra['socket_error']['error'], ' ', json_encode(host_text($extra['socket_error']['matched'], 'ECONNREFUSED')), "\n";
?>
--EXPECT--
request_id,socket_error
bool(true)
error,code,family,platform,native,name,message,curl,summary,causes,hints,transient,matched
ConnectionRefused "{message}"
