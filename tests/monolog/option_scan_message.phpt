--TEST--
monolog: new SocketErrorProcessor(scanMessage: true) also explains the message text when the context decides nothing, and only if it names a failure; a failure in the context comes first
--SKIPIF--
<?php if (!stream_resolve_include_path('Monolog/autoload.php')) die('skip php-monolog is not installed'); ?>
--EXTENSIONS--
sockerr
--FILE--
<?php
require __DIR__ . '/monolog.inc';
[$logger, $handler] = logger(new SocketErrorProcessor(scanMessage: true));
$client = @stream_socket_client('tcp://nonexistent.invalid:80', $errno, $errstr, 2);
$logger->warning(error_get_last()['message']);
echo socket_error($handler), "\n";
$logger->warning('Redis: connect() failed: Connection refused', ['exception' => new LogicException('unrelated')]);
echo socket_error($handler), "\n";
$logger->info('user 7 logged in');
echo socket_error($handler), "\n";
$logger->info('the message names a timeout: Connection timed out', ['exception' => new RuntimeException('Connection refused')]);
echo socket_error($handler), "\n";
// without the option, a message alone is not read
[$logger, $handler] = logger(new SocketErrorProcessor());
$logger->warning(error_get_last()['message']);
echo socket_error($handler), "\n";
?>
--EXPECT--
HostNotFound EAI_NONAME native=host platform=host curl=- transient=false cause=text hint=text [compact]
ConnectionRefused ECONNREFUSED native=- platform=null curl=- transient=true cause=text hint=text [compact]
no socket_error, extra keys: []
ConnectionRefused ECONNREFUSED native=- platform=null curl=- transient=true cause=text hint=text [compact]
no socket_error, extra keys: []
