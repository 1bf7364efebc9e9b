@echo off
rem Runs chiso766 with the JVM options of scripts/chiso766 (see there and the README).
rem JAVA_OPTS replaces them, e.g. set JAVA_OPTS=-Xmx2g -XX:+UseParallelGC for data larger than the country's.
rem No class-data archive (AppCDS) here, unlike scripts/chiso766: batch sees file times only as
rem locale-dependent text, Windows cannot replace an archive another run has open, and none of it
rem could be tested on Windows; so this launcher is a little slower to start.
rem The console is switched to UTF-8 for the Vietnamese messages, then switched back.
setlocal
for /f "tokens=2 delims=:" %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
set "JAR=%~dp0..\target\chiso766.jar"
if not exist "%JAR%" (
  echo Chưa có %JAR%: hãy chạy "mvn -q -B package -DskipTests" trước. 1>&2
  chcp %CODEPAGE% >nul
  exit /b 2
)
if not defined JAVA_OPTS set "JAVA_OPTS=-Xms1g -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
java %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
chcp %CODEPAGE% >nul
exit /b %STATUS%
