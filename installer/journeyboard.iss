; Inno Setup script of the Windows installer; run by `python scripts/package_installer.py
; windows` after scripts/build_bundle.py, which passes /DAppVersion=... and /DSourceDir=...
; It installs the bundle, a start-menu entry (the windowed journeyboardw.exe, no console),
; and the .journey file association, for the current user or for all users.

#ifndef AppVersion
  #define AppVersion "0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\journeyboard"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
AppId={{6B4C2E8A-3F1D-4C7B-9E2A-5D8F1A0B7C34}
AppName=Journeyboard
AppVersion={#AppVersion}
AppPublisher=Journeyboard
DefaultDirName={autopf}\Journeyboard
DefaultGroupName=Journeyboard
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=journeyboard-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\journeyboardw.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.WorkshopFile=Journeyboard workshop
de.WorkshopFile=Journeyboard-Workshop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Journeyboard"; Filename: "{app}\journeyboardw.exe"
Name: "{autodesktop}\Journeyboard"; Filename: "{app}\journeyboardw.exe"; Tasks: desktopicon

[Registry]
; HKA: the user's or the machine's classes, as the installation was chosen.
Root: HKA; Subkey: "Software\Classes\.journey"; ValueType: string; ValueName: ""; ValueData: "Journeyboard.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.journey\OpenWithProgids"; ValueType: string; ValueName: "Journeyboard.Workshop"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Journeyboard.Workshop"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkshopFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Journeyboard.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\journeyboardw.exe,0"
Root: HKA; Subkey: "Software\Classes\Journeyboard.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\journeyboardw.exe"" ""%1"""

[Run]
Filename: "{app}\journeyboardw.exe"; Description: "{cm:LaunchProgram,Journeyboard}"; Flags: nowait postinstall skipifsilent
