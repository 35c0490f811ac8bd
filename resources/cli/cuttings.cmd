@echo off
rem `cuttings` for an installed Cuttings on Windows: runs the app's own command line
rem (Cuttings.exe --cli ...), without opening a window. Add this folder
rem (%LOCALAPPDATA%\Programs\Cuttings\resources\cli for a per-user install) to your PATH:
rem see the README. A batch file waits for the app and passes on its exit status.
"%~dp0..\..\Cuttings.exe" --cli %*
exit /b %ERRORLEVEL%
