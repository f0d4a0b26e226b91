<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Connection label</source>
        <translation>Beschriftung der Verbindung</translation>
    </message>
    <message>
        <source>Text on the arrow (may be empty):</source>
        <translation>Text am Pfeil (darf leer sein):</translation>
    </message>
    <message>
        <source>Not possible: %s</source>
        <translation>Nicht möglich: %s</translation>
    </message>
    <message>
        <source>Select two cards to connect them (Ctrl+L)</source>
        <translation>Wählen Sie zwei Karten, um sie zu verbinden (Strg+L)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete %d connections</source>
        <translation>%d Verbindungen löschen</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Beschriftung bearbeiten…</translation>
    </message>
    <message>
        <source>A touchpoint cannot go into the notes lane “%s”: put it in a persona or channel lane, or add a note here.</source>
        <translation>Ein Touchpoint kann nicht in die Notiz-Bahn „%s“: Legen Sie ihn in eine Persona- oder Kanal-Bahn, oder fügen Sie hier eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Move %d cards</source>
        <translation>%d Karten verschieben</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete %d cards</source>
        <translation>%d Karten löschen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Bahn bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %d cards</source>
        <translation>%d Karten duplizieren</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Add persona lane</source>
        <translation>Persona-Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete the phase “%s” and its card?</source>
        <translation>Die Phase „%s“ und ihre Karte löschen?</translation>
    </message>
    <message>
        <source>Delete the phase “%s” and its %d cards?</source>
        <translation>Die Phase „%s“ und ihre %d Karten löschen?</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Bahn löschen</translation>
    </message>
    <message>
        <source>Delete the lane “%s” and its card?</source>
        <translation>Die Bahn „%s“ und ihre Karte löschen?</translation>
    </message>
    <message>
        <source>Delete the lane “%s” and its %d cards?</source>
        <translation>Die Bahn „%s“ und ihre %d Karten löschen?</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Phase davor einfügen</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Phase danach einfügen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Delete phase…</source>
        <translation>Phase löschen…</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Bahn darüber einfügen</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Bahn darunter einfügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete lane…</source>
        <translation>Bahn löschen…</translation>
    </message>
    <message>
        <source>Persona lane</source>
        <translation>Persona-Bahn</translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation>Neue Persona…</translation>
    </message>
    <message>
        <source>Channel lane</source>
        <translation>Kanal-Bahn</translation>
    </message>
    <message>
        <source>Notes lane</source>
        <translation>Notiz-Bahn</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Name of the persona:</source>
        <translation>Name der Persona:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>The export was written to
%s</source>
        <translation>Der Export wurde gespeichert unter
%s</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to, check that the disk is not full, and close the file if another program has it open.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben dürfen, prüfen Sie, ob der Datenträger voll ist, und schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the options and try again.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie die Optionen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Waiting for the workshop file: another program is writing to it…</source>
        <translation>Warten auf die Workshop-Datei: Ein anderes Programm schreibt gerade hinein…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The file is busy</source>
        <translation>Die Datei ist belegt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Some characters are not shown</source>
        <translation>Einige Zeichen werden nicht angezeigt</translation>
    </message>
    <message>
        <source>The PDF was written, but no font on this computer can draw these characters; they appear as □ in %1:
%2

Install a font that has them (for example a Noto font for the script) and export again.</source>
        <translation>Das PDF wurde geschrieben, aber keine Schrift auf diesem Computer enthält diese Zeichen; sie erscheinen in %1 als □:
%2

Installieren Sie eine Schrift mit diesen Zeichen (zum Beispiel eine passende Noto-Schrift) und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the map as an image</source>
        <translation>Karte als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the as-is vs. to-be comparison</source>
        <translation>Vergleich Ist- und Soll-Zustand exportieren</translation>
    </message>
    <message>
        <source>Export the action list</source>
        <translation>Maßnahmenliste exportieren</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation type="vanished">CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon separated, for Excel in German (*.csv)</source>
        <translation type="vanished">CSV, durch Semikolons getrennt, für deutsches Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the touchpoint table</source>
        <translation>Touchpoint-Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Mermaid-Diagramme (*.mmd)</translation>
    </message>
    <message>
        <source>Markdown with a Mermaid block (*.md)</source>
        <translation>Markdown mit Mermaid-Block (*.md)</translation>
    </message>
    <message>
        <source>Export the map as a Mermaid journey</source>
        <translation>Karte als Mermaid-Journey exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Journeyboard JSON (*.json)</source>
        <translation>Journeyboard-JSON (*.json)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is the file
%s</source>
        <translation>Das Benutzerhandbuch ist die Datei
%s</translation>
    </message>
    <message>
        <source>The user guide was not installed; it belongs at
%s</source>
        <translation>Das Benutzerhandbuch wurde nicht installiert; es gehört nach
%s</translation>
    </message>
    <message>
        <source>Customer journey maps for workshops, offline.</source>
        <translation>Customer-Journey-Maps für Workshops, offline.</translation>
    </message>
    <message>
        <source>Bundled font: DejaVu Sans (free licence, see %1).</source>
        <translation type="vanished">Mitgelieferte Schrift: DejaVu Sans (freie Lizenz, siehe %1).</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Fonts and their licences:</source>
        <translation>Schriften und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>The full licence texts are in %1.</source>
        <translation>Die vollständigen Lizenztexte stehen in %1.</translation>
    </message>
    <message>
        <source>The full licence texts come with each installed package.</source>
        <translation>Die vollständigen Lizenztexte liegen jedem installierten Paket bei.</translation>
    </message>
    <message>
        <source>About Journeyboard</source>
        <translation>Über Journeyboard</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Board: move the selection to the neighbouring card</source>
        <translation>Board: Auswahl zur benachbarten Karte bewegen</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Board: edit the title of the selected card, phase or lane</source>
        <translation>Board: Titel der ausgewählten Karte, Phase oder Bahn bearbeiten</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag</source>
        <translation>Leertaste + Ziehen, Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>Board: pan</source>
        <translation>Board: verschieben</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <source>Board: zoom</source>
        <translation>Board: zoomen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Board: cancel a drag or an edit</source>
        <translation>Board: Ziehen oder Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Right, Page Down</source>
        <translation>Rechts, Bild ab</translation>
    </message>
    <message>
        <source>Presentation: highlight the next phase</source>
        <translation>Präsentation: nächste Phase hervorheben</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Links, Bild auf</translation>
    </message>
    <message>
        <source>Presentation: highlight the previous phase</source>
        <translation>Präsentation: vorherige Phase hervorheben</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Presentation: show all phases</source>
        <translation>Präsentation: alle Phasen zeigen</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Unten, Oben</translation>
    </message>
    <message>
        <source>Presentation: scroll to the next or previous lane</source>
        <translation>Präsentation: zur nächsten oder vorherigen Bahn blättern</translation>
    </message>
    <message>
        <source>Presentation: leave presentation mode</source>
        <translation>Präsentation: Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Find bar: next, previous match</source>
        <translation>Suchleiste: nächster, vorheriger Treffer</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>%d votes</source>
        <translation>%d Stimmen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="vanished">Erlebnis</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel: %s</source>
        <translation>Kanal: %s</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Blueprint: what the customer sees</source>
        <translation>Blueprint: was der Kunde sieht</translation>
    </message>
    <message>
        <source>Blueprint: frontstage</source>
        <translation>Blueprint: Frontstage</translation>
    </message>
    <message>
        <source>Blueprint: backstage</source>
        <translation>Blueprint: Backstage</translation>
    </message>
    <message>
        <source>Blueprint: support</source>
        <translation>Blueprint: Unterstützung</translation>
    </message>
    <message>
        <source>To-be map</source>
        <translation>Soll-Karte</translation>
    </message>
    <message>
        <source>As-is map</source>
        <translation>Ist-Karte</translation>
    </message>
</context>
<context>
    <name>ActionsGrid</name>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Fässer ohne Boden</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Nutzen →</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>e.g. 2026-03-31</source>
        <translation>z. B. 31.03.2026</translation>
    </message>
    <message>
        <source>Link selected cards</source>
        <translation>Ausgewählte Karten verknüpfen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Value × effort</source>
        <translation>Nutzen × Aufwand</translation>
    </message>
    <message>
        <source>No actions yet. Right-click a moment of truth or a pain note and choose “New action”, or select cards and press Ctrl+Shift+A.</source>
        <translation>Noch keine Maßnahmen. Klicken Sie mit der rechten Maustaste auf einen Moment of Truth oder einen Schmerzpunkt und wählen Sie „Neue Maßnahme“, oder wählen Sie Karten aus und drücken Sie Strg+Umschalt+A.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Due date: “%s” is not a date; use 2026-03-31 or 31.03.2026</source>
        <translation>Fälligkeit: „%s“ ist kein Datum; bitte 31.03.2026 oder 2026-03-31</translation>
    </message>
    <message>
        <source>Select cards on the board to link them.</source>
        <translation>Wählen Sie Karten auf der Tafel aus, um sie zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>BoardDocks</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Channel “%s” added to the palette</source>
        <translation>Kanal „%s“ zur Palette hinzugefügt</translation>
    </message>
    <message>
        <source>Click a cell of the board first</source>
        <translation>Klicken Sie zuerst auf eine Zelle des Boards</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
</context>
<context>
    <name>CardExtras</name>
    <message>
        <source>Assumption: nobody checked it yet. Reported: someone said so. Observed: seen in data or in research.</source>
        <translation>Annahme: noch von niemandem geprüft. Berichtet: jemand hat es gesagt. Beobachtet: in Daten oder Forschung gesehen.</translation>
    </message>
    <message>
        <source>e.g. interview, call log, survey</source>
        <translation>z. B. Interview, Anrufliste, Umfrage</translation>
    </message>
    <message>
        <source>Write a comment, press Enter</source>
        <translation>Kommentar schreiben, Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Comments: %d open of %d</source>
        <translation>Kommentare: %d offen von %d</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Keine Kommentare</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation>Beleg ändern</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>e.g. Trade fair, WhatsApp, Catalogue</source>
        <translation>z. B. Messe, WhatsApp, Katalog</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>A channel of this name exists already.</source>
        <translation>Einen Kanal mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare maps</source>
        <translation>Karten vergleichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Exp. before</source>
        <translation>Erl. vorher</translation>
    </message>
    <message>
        <source>Exp. after</source>
        <translation>Erl. nachher</translation>
    </message>
    <message>
        <source>Δ Exp.</source>
        <translation>Δ Erl.</translation>
    </message>
    <message>
        <source>Imp. before</source>
        <translation>Wicht. vorher</translation>
    </message>
    <message>
        <source>Imp. after</source>
        <translation>Wicht. nachher</translation>
    </message>
    <message>
        <source>Δ Imp.</source>
        <translation>Δ Wicht.</translation>
    </message>
    <message>
        <source>Change of the mean experience: ▲ better, ▼ worse</source>
        <translation>Änderung des mittleren Erlebnisses: ▲ besser, ▼ schlechter</translation>
    </message>
    <message>
        <source>Change of the mean importance</source>
        <translation>Änderung der mittleren Wichtigkeit</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Choose two different maps to compare.</source>
        <translation>Wählen Sie zwei verschiedene Karten zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 touchpoints carried over: %2 better, %3 worse, %4 unchanged, %5 not comparable (unrated). %6 new, %7 dropped.</source>
        <translation>%1 Touchpoints übernommen: %2 besser, %3 schlechter, %4 unverändert, %5 nicht vergleichbar (unbewertet). %6 neu, %7 entfallen.</translation>
    </message>
    <message>
        <source>Connections: %1 added, %2 removed, %3 changed.</source>
        <translation>Verbindungen: %1 neu, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Before: %2</source>
        <translation>%1
Vorher: %2</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Touchpoint table</source>
        <translation>Touchpoint-Tabelle</translation>
    </message>
    <message>
        <source>As-is vs. to-be comparison</source>
        <translation>Vergleich Ist- und Soll-Zustand</translation>
    </message>
    <message>
        <source>Action list</source>
        <translation>Maßnahmenliste</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), for Excel in German</source>
        <translation>Semikolon (;), für Excel auf Deutsch</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No workshop is open</source>
        <translation type="vanished">Kein Workshop geöffnet</translation>
    </message>
    <message>
        <source>Open a workshop file (File › Open…, Ctrl+O) or create a new one from a template (File › New…, Ctrl+N).
Every change is saved in the file the moment you make it.</source>
        <translation type="vanished">Öffnen Sie eine Workshop-Datei (Datei › Öffnen…, Strg+O) oder legen Sie eine neue aus einer Vorlage an (Datei › Neu…, Strg+N).
Jede Änderung wird sofort in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>Open a workshop…</source>
        <translation type="vanished">Workshop öffnen…</translation>
    </message>
    <message>
        <source>New workshop from a template…</source>
        <translation type="vanished">Neuer Workshop aus einer Vorlage…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Journeyboard: something went wrong</source>
        <translation>Journeyboard: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong. Your workshop is saved: every change is written to the file as you make it.</source>
        <translation>Etwas ist schiefgegangen. Ihr Workshop ist gespeichert: Jede Änderung wird sofort in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Highlight the lanes of one persona</source>
        <translation>Die Bahnen einer Persona hervorheben</translation>
    </message>
    <message>
        <source>Highlight the touchpoints of one channel</source>
        <translation>Die Touchpoints eines Kanals hervorheben</translation>
    </message>
    <message>
        <source>Direct touchpoints are controlled by the company; indirect ones only influenced</source>
        <translation>Direkte Touchpoints steuert das Unternehmen; indirekte beeinflusst es nur</translation>
    </message>
    <message>
        <source>Direct and indirect</source>
        <translation>Direkt und indirekt</translation>
    </message>
    <message>
        <source>Direct only</source>
        <translation>Nur direkte</translation>
    </message>
    <message>
        <source>Indirect only</source>
        <translation>Nur indirekte</translation>
    </message>
    <message>
        <source>&amp;Moments of truth</source>
        <translation>&amp;Moments of Truth</translation>
    </message>
    <message>
        <source>Touchpoints with a negative mean experience</source>
        <translation>Touchpoints mit negativem mittlerem Erlebnis</translation>
    </message>
    <message>
        <source>D&amp;isagreements</source>
        <translation>&amp;Uneinigkeiten</translation>
    </message>
    <message>
        <source>Touchpoints whose ratings differ widely</source>
        <translation>Touchpoints, deren Bewertungen weit auseinandergehen</translation>
    </message>
    <message>
        <source>&amp;Assumptions</source>
        <translation>&amp;Annahmen</translation>
    </message>
    <message>
        <source>Show only cards that rest on assumptions (nobody checked them yet)</source>
        <translation>Nur Karten zeigen, die auf Annahmen beruhen (noch von niemandem geprüft)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Hervorheben:</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 von %2 Karten</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find cards by title or description</source>
        <translation>Karten nach Titel oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>unwichtig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>entscheidend</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a card, a phase or a lane to see its details.</source>
        <translation>Wählen Sie eine Karte, eine Phase oder eine Bahn, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>The language of the workshop&apos;s PDF and CSV exports</source>
        <translation>Die Sprache der PDF- und CSV-Exporte dieses Workshops</translation>
    </message>
    <message>
        <source>Change workshop language</source>
        <translation>Workshop-Sprache ändern</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Note type:</source>
        <translation>Notiztyp:</translation>
    </message>
    <message>
        <source>Change note type</source>
        <translation>Notiztyp ändern</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Change direct/indirect</source>
        <translation>Direkt/indirekt ändern</translation>
    </message>
    <message>
        <source>Direct (the company controls it)</source>
        <translation>Direkt (das Unternehmen steuert ihn)</translation>
    </message>
    <message>
        <source>Indirect (influenced, not controlled)</source>
        <translation>Indirekt (beeinflusst, nicht gesteuert)</translation>
    </message>
    <message>
        <source>Expectation:</source>
        <translation>Erwartung:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Gemessen:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Bahn:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Blueprint: evidence</source>
        <translation>Blueprint: physische Belege</translation>
    </message>
    <message>
        <source>Blueprint: frontstage</source>
        <translation>Blueprint: Frontstage</translation>
    </message>
    <message>
        <source>Blueprint: backstage</source>
        <translation>Blueprint: Backstage</translation>
    </message>
    <message>
        <source>Blueprint: support</source>
        <translation>Blueprint: Unterstützung</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Change lane persona</source>
        <translation>Persona der Bahn ändern</translation>
    </message>
    <message>
        <source>Change lane channel</source>
        <translation>Kanal der Bahn ändern</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Notiz: %s</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(kein Kanal)</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (Ziel %1)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>experience %+.1f</source>
        <translation>Erlebnis %+.1f</translation>
    </message>
    <message>
        <source>importance %.1f</source>
        <translation>Wichtigkeit %.1f</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>%d votes</source>
        <translation>%d Stimmen</translation>
    </message>
    <message>
        <source>participants disagree</source>
        <translation>Teilnehmende sind uneins</translation>
    </message>
    <message>
        <source>%d cards selected.</source>
        <translation>%d Karten ausgewählt.</translation>
    </message>
    <message>
        <source>Not possible: %s</source>
        <translation>Nicht möglich: %s</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Workshop umbenennen</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>Add a persona first</source>
        <translation>Legen Sie zuerst eine Persona an</translation>
    </message>
    <message>
        <source>Change lane kind</source>
        <translation>Art der Bahn ändern</translation>
    </message>
</context>
<context>
    <name>LargeQrDialog</name>
    <message>
        <source>Join the room</source>
        <translation>Dem Raum beitreten</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>postgresql://user@host/database: the password comes from ~/.pgpass or PGPASSWORD and is never stored by Journeyboard</source>
        <translation>postgresql://benutzer@host/datenbank: das Passwort kommt aus ~/.pgpass oder PGPASSWORD und wird von Journeyboard nie gespeichert</translation>
    </message>
    <message>
        <source>Show Workshops</source>
        <translation>Workshops anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>This library holds no workshop yet.</source>
        <translation>Diese Bibliothek enthält noch keinen Workshop.</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Der Workshop kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>LibraryStatus</name>
    <message>
        <source>Server: in step (revision %d)</source>
        <translation>Server: abgeglichen (Stand %d)</translation>
    </message>
    <message>
        <source>Offline: edits are kept in this copy and sent when the server is back</source>
        <translation>Offline: Änderungen bleiben in dieser Kopie und werden gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>%1 changed this %2 a moment ago; their change stays: %3</source>
        <translation>%1 hat gerade eben dasselbe geändert (%2); diese Änderung bleibt: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Der Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New to-be map</source>
        <translation type="vanished">Neue Soll-Karte</translation>
    </message>
    <message>
        <source>Name of the new to-be map:</source>
        <translation type="vanished">Name der neuen Soll-Karte:</translation>
    </message>
    <message>
        <source>%s (to-be)</source>
        <translation type="vanished">%s (Soll)</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Kein Workshop geöffnet</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="vanished">Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="vanished">Eigenschaften</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Map: </source>
        <translation>Karte: </translation>
    </message>
    <message>
        <source>%1, snapshot “%2”</source>
        <translation>%1, Schnappschuss „%2“</translation>
    </message>
    <message>
        <source>Click a cell of the board first</source>
        <translation type="vanished">Klicken Sie zuerst auf eine Zelle des Boards</translation>
    </message>
    <message>
        <source>Add workshop participants to rate touchpoints</source>
        <translation>Fügen Sie Workshop-Teilnehmende hinzu, um Touchpoints zu bewerten</translation>
    </message>
    <message>
        <source>The workshop file %1 was renamed, moved or deleted while it was open. The last edit was not saved; everything before it is still here.

Save the workshop elsewhere to go on working with it.</source>
        <translation type="vanished">Die Workshop-Datei %1 wurde umbenannt, verschoben oder gelöscht, während sie geöffnet war. Die letzte Änderung wurde nicht gespeichert; alles davor ist noch hier.

Speichern Sie den Workshop an anderer Stelle, um damit weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The workshop file is gone</source>
        <translation type="vanished">Die Workshop-Datei ist nicht mehr da</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation type="vanished">Anderswo speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Schließen</translation>
    </message>
    <message>
        <source>%s (read-only)</source>
        <translation>%s (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Zoom %d%%</source>
        <translation>Zoom %d %%</translation>
    </message>
</context>
<context>
    <name>MeasurementsImportDialog</name>
    <message>
        <source>Import Measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <source>%1: %2 rows match a touchpoint, %3 cannot be imported.</source>
        <translation>%1: %2 Zeilen passen zu einem Touchpoint, %3 lassen sich nicht importieren.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Skip the rows that cannot be imported</source>
        <translation>Zeilen überspringen, die sich nicht importieren lassen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import the measurements</source>
        <translation>Die Messwerte lassen sich nicht importieren</translation>
    </message>
    <message>
        <source>%1 measurements imported; Undo takes them back</source>
        <translation>%1 Messwerte importiert; Rückgängig nimmt sie zurück</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MomentsPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Erl.</translation>
    </message>
    <message>
        <source>Imp.</source>
        <translation>Wicht.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Touchpoint, coloured by its mean experience</source>
        <translation>Touchpoint, gefärbt nach seinem mittleren Erlebnis</translation>
    </message>
    <message>
        <source>Mean experience (−2 very negative … +2 very positive)</source>
        <translation>Mittleres Erlebnis (−2 sehr negativ … +2 sehr positiv)</translation>
    </message>
    <message>
        <source>Mean importance (1 minor … 5 critical)</source>
        <translation>Mittlere Wichtigkeit (1 unwichtig … 5 entscheidend)</translation>
    </message>
    <message>
        <source>Priority = importance × (−experience); the higher, the sooner to fix</source>
        <translation>Priorität = Wichtigkeit × (−Erlebnis); je höher, desto dringender</translation>
    </message>
    <message>
        <source>Number of ratings</source>
        <translation>Anzahl der Bewertungen</translation>
    </message>
    <message>
        <source>≠ marks touchpoints whose ratings disagree</source>
        <translation>≠ markiert Touchpoints mit uneinigen Bewertungen</translation>
    </message>
    <message>
        <source>Touchpoints with a negative mean experience, most urgent first: priority = importance × (−experience).</source>
        <translation>Touchpoints mit negativem mittlerem Erlebnis, die dringendsten zuerst: Priorität = Wichtigkeit × (−Erlebnis).</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Show on the board</source>
        <translation>Auf der Tafel zeigen</translation>
    </message>
    <message>
        <source>The participants disagree about this touchpoint</source>
        <translation>Die Teilnehmer sind sich bei diesem Touchpoint uneinig</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Keine Karte geöffnet.</translation>
    </message>
    <message>
        <source>No moments of truth: no rated touchpoint has a negative mean experience.</source>
        <translation>Keine Moments of Truth: Kein bewerteter Touchpoint hat ein negatives mittleres Erlebnis.</translation>
    </message>
    <message>
        <source>%1 of %2 touchpoints needs attention.</source>
        <translation>%1 von %2 Touchpoints braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 of %2 touchpoints need attention.</source>
        <translation>%1 von %2 Touchpoints brauchen Aufmerksamkeit.</translation>
    </message>
</context>
<context>
    <name>PaletteList</name>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Drag onto a cell of the board, or double-click to add it to the selected cell</source>
        <translation>Auf eine Zelle des Boards ziehen oder doppelklicken, um es der ausgewählten Zelle hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Drag onto a cell, or double-click to add to the selected cell.</source>
        <translation>Auf eine Zelle ziehen oder doppelklicken, um es der ausgewählten Zelle hinzuzufügen.</translation>
    </message>
    <message>
        <source>New &amp;channel…</source>
        <translation>Neuer &amp;Kanal …</translation>
    </message>
    <message>
        <source>Add a channel of your own to the palette</source>
        <translation>Einen eigenen Kanal zur Palette hinzufügen</translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Double-click a name to rename it.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Teilnehmer umbenennen</translation>
    </message>
    <message>
        <source>Remove participant “%1”? Their %2 will be deleted too.</source>
        <translation>Teilnehmer „%1“ entfernen? Seine %2 werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation>%1 Bewertung</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
</context>
<context>
    <name>ParticipantSelector</name>
    <message>
        <source>Current participant: whose rating the rating keys set</source>
        <translation>Aktueller Teilnehmer: dessen Bewertung die Bewertungstasten setzen</translation>
    </message>
    <message>
        <source>No participants</source>
        <translation>Keine Teilnehmer</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Persona pages</source>
        <translation>Persona-Seiten</translation>
    </message>
    <message>
        <source>Tables (touchpoints, moments of truth)</source>
        <translation>Tabellen (Touchpoints, Moments of Truth)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Maps:</source>
        <translation>Karten:</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Choose a picture file of at most %3 MB.</source>
        <translation>„%1“ ist zu groß (%2 MB). Wählen Sie eine Bilddatei mit höchstens %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG image.</source>
        <translation>„%1“ ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its picture size cannot be read.</source>
        <translation>„%1“ ist beschädigt: Die Bildgröße lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 × %3 pixels). Choose a picture of at most %4 pixels a side.</source>
        <translation>„%1“ ist zu groß (%2 × %3 Pixel). Wählen Sie ein Bild mit höchstens %4 Pixeln Kantenlänge.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>e.g. Lena</source>
        <translation>z. B. Lena</translation>
    </message>
    <message>
        <source>e.g. Working parent, orders breakfast</source>
        <translation>z. B. berufstätige Mutter, bestellt Frühstück</translation>
    </message>
    <message>
        <source>Age, situation, habits</source>
        <translation>Alter, Lebenslage, Gewohnheiten</translation>
    </message>
    <message>
        <source>What does this customer want to achieve?</source>
        <translation>Was will diese Kundin oder dieser Kunde erreichen?</translation>
    </message>
    <message>
        <source>What do they need from us?</source>
        <translation>Was braucht sie oder er von uns?</translation>
    </message>
    <message>
        <source>What frustrates them?</source>
        <translation>Was ärgert sie oder ihn?</translation>
    </message>
    <message>
        <source>A typical sentence, in their words</source>
        <translation>Ein typischer Satz, in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>B&amp;edürfnisse:</translation>
    </message>
    <message>
        <source>&amp;Pains:</source>
        <translation>&amp;Schmerzpunkte:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Z&amp;itat:</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Bild &amp;wählen …</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>Bild en&amp;tfernen</translation>
    </message>
    <message>
        <source>The persona&apos;s colour on the board and in the PDF</source>
        <translation>Die Farbe der Persona auf dem Board und im PDF</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>No picture: the persona&apos;s colour is shown</source>
        <translation>Kein Bild: Die Farbe der Persona wird gezeigt</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Picture not used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
</context>
<context>
    <name>PersonaDropFilter</name>
    <message>
        <source>Add persona lane</source>
        <translation>Persona-Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Persona lane not added</source>
        <translation>Persona-Bahn nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <source>Drag a persona onto the board to give it a lane</source>
        <translation>Ziehen Sie eine Persona auf das Board, um ihr eine Bahn zu geben</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete persona “%1” and its %2 with %3?</source>
        <translation>Persona „%1“ mit ihren %2 und %3 löschen?</translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>%1 Bahn</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 Bahnen</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>%1 Karte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with only the board; arrow keys step through the phases, Escape leaves</source>
        <translation>Vollbild nur mit dem Board; die Pfeiltasten gehen Phase für Phase weiter, Esc beendet</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
</context>
<context>
    <name>RaterBadge</name>
    <message>
        <source>Rating as: %s</source>
        <translation>Bewertung als: %s</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Clear ratings</source>
        <translation>Bewertungen löschen</translation>
    </message>
    <message>
        <source>Rate cards</source>
        <translation>Karten bewerten</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Experience %1: %2</source>
        <translation>Erlebnis %1: %2</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Importance %1: %2</source>
        <translation>Wichtigkeit %1: %2</translation>
    </message>
    <message>
        <source>Clear my rating</source>
        <translation>Meine Bewertung löschen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Mean experience:</source>
        <translation>Mittleres Erlebnis:</translation>
    </message>
    <message>
        <source>Mean importance:</source>
        <translation>Mittlere Wichtigkeit:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Stimmen:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Streuung:</translation>
    </message>
    <message>
        <source>Disagreement:</source>
        <translation>Uneinigkeit:</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Select one touchpoint to rate it.</source>
        <translation>Wählen Sie einen Touchpoint, um ihn zu bewerten.</translation>
    </message>
    <message>
        <source>Notes are not rated.</source>
        <translation>Notizen werden nicht bewertet.</translation>
    </message>
    <message>
        <source>(untitled touchpoint)</source>
        <translation>(Touchpoint ohne Titel)</translation>
    </message>
    <message>
        <source>My rating (%1)</source>
        <translation>Meine Bewertung (%1)</translation>
    </message>
    <message>
        <source>My rating: add a participant first</source>
        <translation>Meine Bewertung: Legen Sie zuerst einen Teilnehmer an</translation>
    </message>
    <message>
        <source>Current participant</source>
        <translation>Aktueller Teilnehmer</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes: the ratings differ widely</source>
        <translation>ja: Die Bewertungen gehen weit auseinander</translation>
    </message>
</context>
<context>
    <name>RatingShortcuts</name>
    <message>
        <source>Set my experience: 1 very negative, 2 negative, 3 neutral, 4 positive, 5 very positive</source>
        <translation>Mein Erlebnis setzen: 1 sehr negativ, 2 negativ, 3 neutral, 4 positiv, 5 sehr positiv</translation>
    </message>
    <message>
        <source>%1 … %2 or %3 … %4</source>
        <translation>%1 … %2 oder %3 … %4</translation>
    </message>
    <message>
        <source>Set my importance: 1 minor … 5 critical</source>
        <translation>Meine Wichtigkeit setzen: 1 unwichtig … 5 entscheidend</translation>
    </message>
    <message>
        <source>Clear my rating</source>
        <translation>Meine Bewertung löschen</translation>
    </message>
    <message>
        <source>Select the next touchpoint in board order</source>
        <translation type="vanished">Den nächsten Touchpoint in Board-Reihenfolge wählen</translation>
    </message>
    <message>
        <source>Select the previous touchpoint in board order</source>
        <translation type="vanished">Den vorigen Touchpoint in Board-Reihenfolge wählen</translation>
    </message>
    <message>
        <source>Select the next touchpoint: along the lane, then the next lane</source>
        <translation>Nächsten Touchpoint wählen: die Bahn entlang, dann die nächste Bahn</translation>
    </message>
    <message>
        <source>Select the previous touchpoint: back along the lane</source>
        <translation>Vorigen Touchpoint wählen: die Bahn zurück</translation>
    </message>
    <message>
        <source>Next / previous participant: who the rating keys rate as</source>
        <translation>Nächste / vorige teilnehmende Person: für wen die Bewertungstasten bewerten</translation>
    </message>
    <message>
        <source>Ratings are set for the current participant (toolbar) on the selected touchpoints; setting the experience first sets importance 3, setting the importance first sets experience 0.</source>
        <translation>Bewertungen gelten für den aktuellen Teilnehmer (Werkzeugleiste) und die gewählten Touchpoints; wird zuerst das Erlebnis gesetzt, gilt Wichtigkeit 3, wird zuerst die Wichtigkeit gesetzt, gilt Erlebnis 0.</translation>
    </message>
    <message>
        <source>Experience %1</source>
        <translation>Erlebnis %1</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>Wichtigkeit %1</translation>
    </message>
    <message>
        <source>Next touchpoint</source>
        <translation>Nächster Touchpoint</translation>
    </message>
    <message>
        <source>Previous touchpoint</source>
        <translation>Voriger Touchpoint</translation>
    </message>
    <message>
        <source>Add a participant before rating touchpoints.</source>
        <translation>Legen Sie einen Teilnehmer an, bevor Sie Touchpoints bewerten.</translation>
    </message>
    <message>
        <source>Select a touchpoint to rate it.</source>
        <translation>Wählen Sie einen Touchpoint, um ihn zu bewerten.</translation>
    </message>
    <message>
        <source>%1 rated %2 touchpoints.</source>
        <translation>%1 hat %2 Touchpoints bewertet.</translation>
    </message>
    <message>
        <source>%1&apos;s rating of “%2” cleared (%3 brings it back).</source>
        <translation>Bewertung von %1 für „%2“ gelöscht (%3 holt sie zurück).</translation>
    </message>
    <message>
        <source>%1: %3/%4 → %5/%6 overwritten (%7 undoes it) – “%2”</source>
        <translation>%1: %3/%4 → %5/%6 überschrieben (%7 macht es rückgängig) – „%2“</translation>
    </message>
    <message>
        <source>%1 changed the rating of “%2” from experience %3, importance %4 to %5, %6 (%7 undoes it).</source>
        <translation type="vanished">%1 hat die Bewertung von „%2“ geändert: von Erlebnis %3, Wichtigkeit %4 auf %5, %6 (%7 macht es rückgängig).</translation>
    </message>
    <message>
        <source>%1&apos;s rating of “%2” cleared.</source>
        <translation type="vanished">Bewertung von %1 für „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>%1 rated “%2”: experience %3, importance %4.</source>
        <translation>%1 hat „%2“ bewertet: Erlebnis %3, Wichtigkeit %4.</translation>
    </message>
    <message>
        <source>This map has no touchpoints.</source>
        <translation>Diese Karte hat keine Touchpoints.</translation>
    </message>
    <message>
        <source>Last touchpoint.</source>
        <translation>Letzter Touchpoint.</translation>
    </message>
    <message>
        <source>First touchpoint.</source>
        <translation>Erster Touchpoint.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Listen on:</source>
        <translation>Erreichbar unter:</translation>
    </message>
    <message>
        <source>The network the phones are on; 127.0.0.1 is this computer only</source>
        <translation>Das Netz, in dem die Smartphones sind; 127.0.0.1 ist nur dieser Computer</translation>
    </message>
    <message>
        <source>Phones show:</source>
        <translation>Smartphones zeigen:</translation>
    </message>
    <message>
        <source>Large QR code</source>
        <translation>Großer QR-Code</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Write the round&apos;s ratings to the board (one undo step)</source>
        <translation>Die Bewertungen der Runde auf das Board schreiben (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Discard round</source>
        <translation>Runde verwerfen</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Beigetreten:</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>QR-Code der Adresse des Raums</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>Der Raum kann nicht unter %1 erreichbar sein: %2</translation>
    </message>
    <message>
        <source>Discard the ratings of this round (%1)? The board keeps what it shows.</source>
        <translation>Die Bewertungen dieser Runde (%1) verwerfen? Das Board behält, was es zeigt.</translation>
    </message>
    <message>
        <source>Silent round: ratings waiting for the reveal: %1</source>
        <translation>Stille Runde: Bewertungen warten auf das Aufdecken: %1</translation>
    </message>
    <message>
        <source>Ratings revealed as one undo step: %1</source>
        <translation>Bewertungen als ein Rückgängig-Schritt aufgedeckt: %1</translation>
    </message>
    <message>
        <source>Stop the room</source>
        <translation>Raum schließen</translation>
    </message>
    <message>
        <source>Start the room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Start the room: phones on the same network scan the code and rate silently.</source>
        <translation>Raum öffnen: Smartphones im selben Netz scannen den Code und bewerten still.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Where the room disagrees most (spread):</source>
        <translation>Wo der Raum am meisten uneins ist (Streuung):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>Name of the snapshot (the whole workshop is kept as it is now):</source>
        <translation>Name des Schnappschusses (der ganze Workshop wird bewahrt, wie er jetzt ist):</translation>
    </message>
    <message>
        <source>Cannot take the snapshot</source>
        <translation>Der Schnappschuss lässt sich nicht aufnehmen</translation>
    </message>
    <message>
        <source>Snapshot “%1” taken</source>
        <translation>Schnappschuss „%1“ aufgenommen</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>A snapshot keeps the whole workshop (all maps, ratings and notes) as it was. Open one to look at it, restore it (Undo takes it back) or delete it.</source>
        <translation>Ein Schnappschuss bewahrt den ganzen Workshop (alle Karten, Bewertungen und Notizen), wie er war. Öffnen Sie ihn zum Ansehen, stellen Sie ihn wieder her (Rückgängig nimmt das zurück) oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Schnappschuss aufnehmen …</translation>
    </message>
    <message>
        <source>Open Read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>Der Schnappschuss lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Restore the whole workshop as it was in “%1”? Undo takes it back.</source>
        <translation>Den ganzen Workshop so wiederherstellen, wie er in „%1“ war? Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Schnappschuss wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>Der Schnappschuss lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Snapshot “%1” restored; Undo takes it back</source>
        <translation>Schnappschuss „%1“ wiederhergestellt; Rückgängig nimmt das zurück</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? This cannot be undone; the workshop stays as it is.</source>
        <translation>Den Schnappschuss „%1“ löschen? Das lässt sich nicht rückgängig machen; der Workshop bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Schnappschuss löschen</translation>
    </message>
    <message>
        <source>Cannot delete the snapshot</source>
        <translation>Der Schnappschuss lässt sich nicht löschen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Map your customers&apos; journey in a workshop: personas, phases and touchpoints on one board, rated by everyone in the room.</source>
        <translation>Bilden Sie die Reise Ihrer Kunden im Workshop ab: Personas, Phasen und Touchpoints auf einem Board, bewertet von allen im Raum.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Language of the template:</source>
        <translation>&amp;Sprache der Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>One empty map: add your own phases and lanes.</source>
        <translation>Eine leere Karte: Phasen und Bahnen legen Sie selbst an.</translation>
    </message>
    <message>
        <source>&amp;4 phases</source>
        <translation>&amp;4 Phasen</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Conversion, After-sales</source>
        <translation>Awareness, Consideration, Conversion, After-Sales</translation>
    </message>
    <message>
        <source>&amp;7 phases</source>
        <translation>&amp;7 Phasen</translation>
    </message>
    <message>
        <source>Awareness, Interest, Decision, Purchase, Post-purchase, Loyalty, Expansion</source>
        <translation>Bewusstsein, Interesse, Entscheidung, Kauf, Nachkauf, Bindung, Erweiterung</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>A bakery&apos;s rated journey, to try everything out.</source>
        <translation>Die bewertete Customer Journey einer Bäckerei, zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet. Start a new one from a template or open a file.</source>
        <translation>Noch keine zuletzt geöffneten Workshops. Beginnen Sie einen neuen aus einer Vorlage oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget the selected workshop here; the file itself stays where it is.</source>
        <translation>Den gewählten Workshop aus dieser Liste entfernen; die Datei selbst bleibt, wo sie ist.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time is up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length of the exercise in minutes</source>
        <translation>Dauer der Übung in Minuten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the full time</source>
        <translation>Zurück auf die volle Zeit</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Workshop-Timer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
</context>
<context>
    <name>ToBeDialog</name>
    <message>
        <source>New to-be map</source>
        <translation>Neue Soll-Karte</translation>
    </message>
    <message>
        <source>The to-be map starts as a copy of this map: the same phases, lanes and cards, linked to their originals for the as-is / to-be comparison.</source>
        <translation>Die Soll-Karte beginnt als Kopie dieser Karte: dieselben Phasen, Bahnen und Karten, mit ihren Vorlagen verknüpft für den Ist-Soll-Vergleich.</translation>
    </message>
    <message>
        <source>&amp;Copy the ratings of this map</source>
        <translation>Bewertungen dieser Karte &amp;übernehmen</translation>
    </message>
    <message>
        <source>Off: the to-be map is rated afresh, so the comparison shows what changed.</source>
        <translation>Aus: Die Soll-Karte wird neu bewertet, damit der Vergleich zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>Vom &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Import JSON or Mermaid…</source>
        <translation>&amp;Importieren (JSON oder Mermaid)…</translation>
    </message>
    <message>
        <source>&amp;Snapshot…</source>
        <translation>&amp;Schnappschuss …</translation>
    </message>
    <message>
        <source>Snaps&amp;hots…</source>
        <translation>Schnappsch&amp;üsse …</translation>
    </message>
    <message>
        <source>Import &amp;Measurements…</source>
        <translation>&amp;Messwerte importieren …</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;NG Image of This Map…</source>
        <translation>P&amp;NG-Bild dieser Karte…</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>&amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Mermaid Journey of This Map…</source>
        <translation>&amp;Mermaid-Journey dieser Karte…</translation>
    </message>
    <message>
        <source>Cop&amp;y This Map as Mermaid</source>
        <translation>Diese Karte als Mermaid k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected Cards</source>
        <translation>Ausgewählte Karten &amp;verbinden</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Title or Name</source>
        <translation>Titel oder Namen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>New &amp;Action from Selected Cards</source>
        <translation>Neue &amp;Maßnahme aus ausgewählten Karten</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Board</source>
        <translation>Board &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>Show Measured &amp;Trends</source>
        <translation>Gemessene &amp;Verläufe zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;New Map…</source>
        <translation>&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>New &amp;To-be Map from This Map…</source>
        <translation>Neue &amp;Soll-Karte aus dieser Karte…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation>Karte &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Map…</source>
        <translation>Karte &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Compare As-is and To-be…</source>
        <translation>Ist und Soll &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Add &amp;Phase</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Journeyboard</source>
        <translation>Ü&amp;ber Journeyboard</translation>
    </message>
    <message>
        <source>New to-be map…</source>
        <translation>Neue Soll-Karte…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Full screen with only the board; arrow keys step through the phases, Escape leaves</source>
        <translation>Vollbild nur mit dem Board; die Pfeiltasten gehen Phase für Phase weiter, Esc beendet</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Open a workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Journeyboard workshops (*.journey);;All files (*)</source>
        <translation>Journeyboard-Workshops (*.journey);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (Kopie)</translation>
    </message>
    <message>
        <source>Save a copy of the workshop</source>
        <translation>Kopie des Workshops speichern</translation>
    </message>
    <message>
        <source>Journeyboard workshops (*.journey)</source>
        <translation>Journeyboard-Workshops (*.journey)</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%s is the workshop that is open.</source>
        <translation>%s ist der geöffnete Workshop.</translation>
    </message>
    <message>
        <source>Choose another name: every edit is already saved in the open file.</source>
        <translation>Wählen Sie einen anderen Namen: Jede Änderung ist bereits in der geöffneten Datei gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to and check that the disk is not full.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Copy saved as %s</source>
        <translation>Kopie gespeichert als %s</translation>
    </message>
    <message>
        <source>Read-only: save a copy to edit…</source>
        <translation>Schreibgeschützt: Kopie zum Bearbeiten speichern…</translation>
    </message>
    <message>
        <source>This workshop file cannot be changed (it is marked read-only, or its folder is). Save a copy to edit it.</source>
        <translation>Diese Workshop-Datei kann nicht geändert werden (sie oder ihr Ordner ist schreibgeschützt). Speichern Sie eine Kopie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Import a workshop from JSON</source>
        <translation type="vanished">Workshop aus JSON importieren</translation>
    </message>
    <message>
        <source>Journeyboard JSON (*.json);;All files (*)</source>
        <translation type="vanished">Journeyboard-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was created. Correct the JSON file at the place named and import it again.</source>
        <translation type="vanished">Es wurde nichts angelegt. Korrigieren Sie die JSON-Datei an der genannten Stelle und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Import a workshop from JSON or Mermaid</source>
        <translation>Workshop aus JSON oder Mermaid importieren</translation>
    </message>
    <message>
        <source>Journeyboard JSON or Mermaid journey (*.json *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>Journeyboard-JSON oder Mermaid-Journey (*.json *.mmd *.mermaid *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was created. Correct the file at the place named and import it again.</source>
        <translation>Es wurde nichts angelegt. Korrigieren Sie die Datei an der genannten Stelle und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot import %s</source>
        <translation>%s kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Importierten Workshop speichern unter</translation>
    </message>
    <message>
        <source>Nothing was written. Journeyboard never overwrites a workshop: choose a new file name in a folder you can write to.</source>
        <translation>Es wurde nichts geschrieben. Journeyboard überschreibt nie einen Workshop: Wählen Sie einen neuen Dateinamen in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The map was copied as a Mermaid journey; paste it into a wiki page.</source>
        <translation>Die Karte wurde als Mermaid-Journey kopiert; fügen Sie sie in eine Wiki-Seite ein.</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>The workshop file %1 was renamed, moved or deleted while it was open. The last edit was not saved; everything before it is still here.

Save the workshop elsewhere to go on working with it.</source>
        <translation>Die Workshop-Datei %1 wurde umbenannt, verschoben oder gelöscht, während sie geöffnet war. Die letzte Änderung wurde nicht gespeichert; alles davor ist noch hier.

Speichern Sie den Workshop an anderer Stelle, um damit weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The workshop file is gone</source>
        <translation>Die Workshop-Datei ist nicht mehr da</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Anderswo speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s wird gelesen…</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>%s wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nothing was changed: the file, the board and Undo/Redo are as they were. Free some disk space, or wait until the other program has finished with the file, then try again.</source>
        <translation>Es wurde nichts geändert: Datei, Board und Rückgängig/Wiederherstellen sind unverändert. Geben Sie Speicherplatz frei oder warten Sie, bis das andere Programm die Datei nicht mehr benutzt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not possible: %s</source>
        <translation>Nicht möglich: %s</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Name of the new map:</source>
        <translation>Name der neuen Karte:</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <source>New name of the map:</source>
        <translation>Neuer Name der Karte:</translation>
    </message>
    <message>
        <source>Cannot delete the map</source>
        <translation>Die Karte kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>This is the only map of the workshop.</source>
        <translation>Dies ist die einzige Karte des Workshops.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one map. Rename it instead, or add another map first.</source>
        <translation>Ein Workshop behält mindestens eine Karte. Benennen Sie sie stattdessen um oder legen Sie zuerst eine weitere Karte an.</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete the map “%1” with its %2 cards? You can undo this.</source>
        <translation>Die Karte „%1“ mit allen %2 Karten darauf löschen? Sie können das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Workshop…</source>
        <translation type="vanished">&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="vanished">&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="vanished">&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="vanished">JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="vanished">&amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;NG Image of This Map…</source>
        <translation type="vanished">P&amp;NG-Bild dieser Karte…</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation type="vanished">&amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="vanished">&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Mermaid Journey of This Map…</source>
        <translation type="vanished">&amp;Mermaid-Journey dieser Karte…</translation>
    </message>
    <message>
        <source>Copy This Map as Mer&amp;maid</source>
        <translation type="vanished">Diese Karte als Mer&amp;maid kopieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="vanished">&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="vanished">E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="vanished">D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="vanished">&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Title or Name</source>
        <translation type="vanished">Titel oder Namen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="vanished">&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="vanished">&amp;Suchen…</translation>
    </message>
    <message>
        <source>Snaps&amp;hots…</source>
        <translation type="vanished">Schnappsch&amp;üsse …</translation>
    </message>
    <message>
        <source>Import &amp;Measurements…</source>
        <translation type="vanished">&amp;Messwerte importieren …</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="vanished">Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="vanished">Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Board</source>
        <translation type="vanished">Board &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="vanished">&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation type="vanished">&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>Show Measured &amp;Trends</source>
        <translation type="vanished">Gemessene &amp;Verläufe zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="vanished">&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;New Map…</source>
        <translation type="vanished">&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>New &amp;To-be Map from This Map…</source>
        <translation type="vanished">Neue &amp;Soll-Karte aus dieser Karte…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation type="vanished">Karte &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Map…</source>
        <translation type="vanished">Karte &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Compare As-is and To-be…</source>
        <translation type="vanished">Ist und Soll &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Add &amp;Phase</source>
        <translation type="vanished">&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="vanished">&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="vanished">&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Journeyboard</source>
        <translation type="vanished">Ü&amp;ber Journeyboard</translation>
    </message>
    <message>
        <source>New to-be map…</source>
        <translation type="vanished">Neue Soll-Karte…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="vanished">Präsentieren</translation>
    </message>
    <message>
        <source>Full screen with only the board; arrow keys step through the phases, Escape leaves</source>
        <translation type="vanished">Vollbild nur mit dem Board; die Pfeiltasten gehen Phase für Phase weiter, Esc beendet</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="vanished">Einpassen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="vanished">&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="vanished">&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Demo workshop (%s)</source>
        <translation>Demo-Workshop (%s)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Snapshot…</source>
        <translation type="vanished">&amp;Schnappschuss …</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation type="vanished">Schnappschüsse …</translation>
    </message>
    <message>
        <source>&amp;Import JSON or Mermaid…</source>
        <translation type="vanished">&amp;Importieren (JSON oder Mermaid)…</translation>
    </message>
    <message>
        <source>Cop&amp;y This Map as Mermaid</source>
        <translation type="vanished">Diese Karte als Mermaid k&amp;opieren</translation>
    </message>
    <message>
        <source>Co&amp;nnect Selected Cards</source>
        <translation type="vanished">Ausgewählte Karten &amp;verbinden</translation>
    </message>
    <message>
        <source>New &amp;Action from Selected Cards</source>
        <translation type="vanished">Neue &amp;Maßnahme aus ausgewählten Karten</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Switch Map</source>
        <translation>Karte &amp;wechseln</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Bahn hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Moments of Truth</source>
        <translation>Moments of Truth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rating as: </source>
        <translation>Bewertung als: </translation>
    </message>
    <message>
        <source>Select a moment of truth or a pain note to make an action of it</source>
        <translation>Wählen Sie einen Moment of Truth oder einen Schmerzpunkt, um daraus eine Maßnahme zu machen</translation>
    </message>
    <message>
        <source>New action: name it, give it an owner</source>
        <translation>Neue Maßnahme: Geben Sie ihr einen Namen und eine verantwortliche Person</translation>
    </message>
    <message>
        <source>Open a workshop to use this panel.</source>
        <translation>Öffnen Sie einen Workshop, um diesen Bereich zu nutzen.</translation>
    </message>
    <message>
        <source>Add workshop participants to rate touchpoints</source>
        <translation>Fügen Sie Teilnehmende hinzu, um Touchpoints zu bewerten</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>Fix: {title}</source>
        <translation>Beheben: {title}</translation>
    </message>
</context>
<context>
    <name>blueprint</name>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Belege</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>No cards on the clipboard</source>
        <translation>Keine Karten in der Zwischenablage</translation>
    </message>
    <message>
        <source>Select a cell or a card to paste into</source>
        <translation>Wählen Sie eine Zelle oder Karte zum Einfügen</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <source>Paste %d cards</source>
        <translation>%d Karten einfügen</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>note type</source>
        <translation>Notiztyp</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>%s hinzufügen</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>%s löschen</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>%s bearbeiten</translation>
    </message>
    <message>
        <source>Move %s</source>
        <translation>%s verschieben</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Karte bewerten</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>New to-be map</source>
        <translation>Neue Soll-Karte</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bearbeiten</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Edit action cards</source>
        <translation>Karten der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Loop back</source>
        <translation>Schleife zurück</translation>
    </message>
    <message>
        <source>These cards are already connected</source>
        <translation>Diese Karten sind schon verbunden</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Karten verbinden</translation>
    </message>
    <message>
        <source>Relabel connection</source>
        <translation>Verbindung beschriften</translation>
    </message>
    <message>
        <source>Change connection to %s</source>
        <translation>Verbindung ändern zu %s</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
</context>
<context>
    <name>create_workshop_file</name>
    <message>
        <source>Demo workshop</source>
        <translation>Demo-Workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Save the demo workshop as</source>
        <translation>Demo-Workshop speichern unter</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Neuen Workshop speichern unter</translation>
    </message>
    <message>
        <source>Journeyboard workshops (*.journey)</source>
        <translation>Journeyboard-Workshops (*.journey)</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>Die Datei gibt es schon</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} gibt es schon.</translation>
    </message>
    <message>
        <source>Choose another name. Journeyboard never overwrites a workshop; delete the old file first if you no longer need it.</source>
        <translation>Wählen Sie einen anderen Namen. Journeyboard überschreibt nie einen Workshop; löschen Sie die alte Datei zuerst, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Could not create the workshop</source>
        <translation>Der Workshop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another name or folder and try again.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen anderen Namen oder Ordner und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check that the disk is not full.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>experience as-is</source>
        <translation>Erlebnis Ist</translation>
    </message>
    <message>
        <source>experience to-be</source>
        <translation>Erlebnis Soll</translation>
    </message>
    <message>
        <source>experience change</source>
        <translation>Erlebnis Veränderung</translation>
    </message>
    <message>
        <source>importance as-is</source>
        <translation>Wichtigkeit Ist</translation>
    </message>
    <message>
        <source>importance to-be</source>
        <translation>Wichtigkeit Soll</translation>
    </message>
    <message>
        <source>importance change</source>
        <translation>Wichtigkeit Veränderung</translation>
    </message>
    <message>
        <source>moment rank as-is</source>
        <translation>Rang Moment Ist</translation>
    </message>
    <message>
        <source>moment rank to-be</source>
        <translation>Rang Moment Soll</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>became a moment of truth</source>
        <translation>neu ein Moment der Wahrheit</translation>
    </message>
    <message>
        <source>no longer a moment of truth</source>
        <translation>kein Moment der Wahrheit mehr</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>nach oben gerückt</translation>
    </message>
    <message>
        <source>moved down</source>
        <translation>nach unten gerückt</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>gleicher Rang</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>von Karte</translation>
    </message>
    <message>
        <source>from phase</source>
        <translation>von Phase</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>zu Karte</translation>
    </message>
    <message>
        <source>to phase</source>
        <translation>zu Phase</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>loop back</source>
        <translation>Schleife zurück</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>value</source>
        <comment>action</comment>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>column</comment>
        <translation>direkt/indirekt</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>kpi</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>experience before</source>
        <translation>Erlebnis vorher</translation>
    </message>
    <message>
        <source>experience after</source>
        <translation>Erlebnis nachher</translation>
    </message>
    <message>
        <source>importance before</source>
        <translation>Wichtigkeit vorher</translation>
    </message>
    <message>
        <source>importance after</source>
        <translation>Wichtigkeit nachher</translation>
    </message>
    <message>
        <source>moment rank before</source>
        <translation>Rang Moment vorher</translation>
    </message>
    <message>
        <source>moment rank after</source>
        <translation>Rang Moment nachher</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>As-is vs. to-be</source>
        <translation>Ist vs. Soll</translation>
    </message>
    <message>
        <source>touchpoint id</source>
        <translation>Touchpoint-ID</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Start from the template:</source>
        <translation>Mit dieser Vorlage beginnen:</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>%1 changed this %2 a moment ago</source>
        <translation>%1 hat gerade eben dasselbe geändert (%2)</translation>
    </message>
    <message>
        <source>Their change stays, and Undo/Redo are as they were. Change it again by hand if yours should win.</source>
        <translation>Diese Änderung bleibt, Rückgängig/Wiederholen sind unverändert. Ändern Sie es von Hand noch einmal, wenn Ihre Fassung gelten soll.</translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <source>Import measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <source>no touchpoint given</source>
        <translation>kein Touchpoint angegeben</translation>
    </message>
    <message>
        <source>no touchpoint with the id or title {name}</source>
        <translation>kein Touchpoint mit der ID oder dem Titel {name}</translation>
    </message>
    <message>
        <source>{count} touchpoints are titled {name} (maps: {maps}); give the id or choose the map</source>
        <translation>{count} Touchpoints heißen {name} (Karten: {maps}); ID angeben oder Karte wählen</translation>
    </message>
    <message>
        <source>no metric given</source>
        <translation>keine Kennzahl angegeben</translation>
    </message>
    <message>
        <source>{text} is not a date (2026-03-31 or 31.03.2026)</source>
        <translation>{text} ist kein Datum (2026-03-31 oder 31.03.2026)</translation>
    </message>
    <message>
        <source>value {text} is not a number</source>
        <translation>Wert {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>target {text} is not a number</source>
        <translation>Ziel {text} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>expected &quot;journey&quot;: this is not a Mermaid journey diagram</source>
        <translation>„journey“ erwartet: Das ist kein Mermaid-Journey-Diagramm</translation>
    </message>
    <message>
        <source>a task needs &quot;name: score&quot; (a score from 1 to 5 after a colon), found {found}</source>
        <translation>eine Aufgabe braucht „Name: Wertung“ (eine Wertung von 1 bis 5 nach einem Doppelpunkt), gefunden: {found}</translation>
    </message>
    <message>
        <source>a task needs &quot;name: score&quot; (a score from 1 to 5 after the colon)</source>
        <translation>eine Aufgabe braucht „Name: Wertung“ (eine Wertung von 1 bis 5 nach dem Doppelpunkt)</translation>
    </message>
    <message>
        <source>the score must be a whole number from 1 to 5, not {found}</source>
        <translation>die Wertung muss eine ganze Zahl von 1 bis 5 sein, nicht {found}</translation>
    </message>
    <message>
        <source>a task is &quot;name: score: person, person&quot;; this one has more colons (write #58; for a colon in a name)</source>
        <translation>eine Aufgabe ist „Name: Wertung: Person, Person“; diese hat mehr Doppelpunkte (schreiben Sie #58; für einen Doppelpunkt in einem Namen)</translation>
    </message>
    <message>
        <source>expected a task name before the colon</source>
        <translation>vor dem Doppelpunkt fehlt der Name der Aufgabe</translation>
    </message>
    <message>
        <source>&quot;journey&quot; may only start the diagram; a task cannot start with that word (write its first letter as a code: #74; for J, #106; for j)</source>
        <translation>„journey“ darf nur am Anfang des Diagramms stehen; eine Aufgabe kann nicht mit diesem Wort beginnen (schreiben Sie den ersten Buchstaben als Code: #74; für J, #106; für j)</translation>
    </message>
    <message>
        <source>{found} is not allowed here (write #59; for a semicolon)</source>
        <translation>{found} ist hier nicht erlaubt (schreiben Sie #59; für ein Semikolon)</translation>
    </message>
    <message>
        <source>contains a NUL character (not text)</source>
        <translation>enthält ein NUL-Zeichen (kein Text)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>larger than {size} KiB, the most a Mermaid diagram may have</source>
        <translation>größer als {size} KiB, die Obergrenze für ein Mermaid-Diagramm</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>none of its {count} mermaid block(s) is a journey diagram (a block starting with &quot;journey&quot;)</source>
        <translation>keiner ihrer {count} Mermaid-Blöcke ist ein Journey-Diagramm (ein Block, der mit „journey“ beginnt)</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>not a Journeyboard workshop file (it is not a SQLite database)</source>
        <translation>keine Journeyboard-Workshop-Datei (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>a SQLite database of another application, not a Journeyboard workshop</source>
        <translation>eine SQLite-Datenbank einer anderen Anwendung, kein Journeyboard-Workshop</translation>
    </message>
    <message>
        <source>made by a newer version of Journeyboard; please update Journeyboard to open it</source>
        <translation>mit einer neueren Journeyboard-Version erstellt; bitte aktualisieren Sie Journeyboard, um sie zu öffnen</translation>
    </message>
    <message>
        <source>the workshop file is damaged; open a backup or an exported copy instead</source>
        <translation>die Workshop-Datei ist beschädigt; öffnen Sie stattdessen eine Sicherung oder eine exportierte Kopie</translation>
    </message>
    <message>
        <source>an edit was interrupted (a crash or power cut) and is not rolled back yet; open the file for editing in Journeyboard to recover it</source>
        <translation>eine Änderung wurde unterbrochen (Absturz oder Stromausfall) und ist noch nicht zurückgerollt; öffnen Sie die Datei in Journeyboard zum Bearbeiten, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>already open in another Journeyboard window or process; close it there first</source>
        <translation>schon in einem anderen Journeyboard-Fenster oder -Prozess geöffnet; schließen Sie sie dort zuerst</translation>
    </message>
    <message>
        <source>could not be written (is the disk full?); nothing was changed there</source>
        <translation>konnte nicht geschrieben werden (ist der Datenträger voll?); dort wurde nichts verändert</translation>
    </message>
    <message>
        <source>already exists; choose another name or delete it first</source>
        <translation>existiert bereits; wählen Sie einen anderen Namen oder löschen Sie sie zuerst</translation>
    </message>
    <message>
        <source>busy: another program kept it locked for writing longer than Journeyboard waits (5 s); try again in a moment</source>
        <translation>belegt: ein anderes Programm hielt sie länger zum Schreiben gesperrt, als Journeyboard wartet (5 s); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>not a regular file, so it is neither read nor written</source>
        <translation>keine gewöhnliche Datei, daher wird sie weder gelesen noch geschrieben</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translation>ist zu groß zum Einlesen</translation>
    </message>
    <message>
        <source>the path is too long for a workshop file</source>
        <translation>der Pfad ist für eine Workshop-Datei zu lang</translation>
    </message>
    <message>
        <source>is read-only; nothing was written (choose another name)</source>
        <translation>ist schreibgeschützt; es wurde nichts geschrieben (wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <source>belongs to a workshop and is never written over; choose another name</source>
        <translation>gehört zu einem Workshop und wird nie überschrieben; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: the edit was not made: another program kept the file busy and the wait was cancelled</source>
        <translation>%1: Die Änderung wurde nicht vorgenommen: Ein anderes Programm hielt die Datei belegt, und das Warten wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: the edit could not be saved (%2)</source>
        <translation>%1: die Änderung konnte nicht gespeichert werden (%2)</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Customer journey map</source>
        <translation>Customer-Journey-Map</translation>
    </message>
    <message>
        <source>CUSTOMER JOURNEY MAP</source>
        <translation>CUSTOMER-JOURNEY-MAP</translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Exportiert am {date}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>{n} phase|{n} phases</source>
        <translation>{n} Phase|{n} Phasen</translation>
    </message>
    <message>
        <source>{n} lane|{n} lanes</source>
        <translation>{n} Bahn|{n} Bahnen</translation>
    </message>
    <message>
        <source>{n} touchpoint|{n} touchpoints</source>
        <translation>{n} Touchpoint|{n} Touchpoints</translation>
    </message>
    <message>
        <source>{n} note|{n} notes</source>
        <translation>{n} Notiz|{n} Notizen</translation>
    </message>
    <message>
        <source>{n} rating|{n} ratings</source>
        <translation>{n} Bewertung|{n} Bewertungen</translation>
    </message>
    <message>
        <source>As-is map</source>
        <translation>Ist-Karte</translation>
    </message>
    <message>
        <source>To-be map</source>
        <translation>Soll-Karte</translation>
    </message>
    <message>
        <source>Map &apos;{name}&apos;</source>
        <translation>Karte „{name}“</translation>
    </message>
    <message>
        <source>Map &apos;{name}&apos;, tile {index} of {count}: row {row}, column {column}</source>
        <translation>Karte „{name}“, Kachel {index} von {count}: Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>Map &apos;{name}&apos;: overview of the {count} tiles</source>
        <translation>Karte „{name}“: Übersicht der {count} Kacheln</translation>
    </message>
    <message>
        <source>The board is too large to read on one page: the numbered frames show the tiles on the following pages, which overlap slightly.</source>
        <translation>Das Board ist zu groß für eine lesbare Seite: Die nummerierten Rahmen zeigen die Kacheln der folgenden Seiten, die sich leicht überlappen.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} Stimmen</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>direct (solid)</source>
        <translation>direkt (durchgezogen)</translation>
    </message>
    <message>
        <source>indirect (dashed)</source>
        <translation>indirekt (gestrichelt)</translation>
    </message>
    <message>
        <source>importance 1–5</source>
        <translation>Wichtigkeit 1–5</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>moment of truth, rank</source>
        <translation>Moment der Wahrheit, Rang</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>How to read the maps</source>
        <translation>So lesen Sie die Karten</translation>
    </message>
    <message>
        <source>Columns are the phases of the journey, rows the lanes: one per persona, channel or set of notes. Each card is a touchpoint or a note. Workshop participants rated the touchpoints; the colour of a card is its mean experience.</source>
        <translation>Spalten sind die Phasen der Journey, Zeilen die Bahnen: je eine pro Persona, Kanal oder Notizsammlung. Jede Karte ist ein Touchpoint oder eine Notiz. Die Workshop-Teilnehmenden haben die Touchpoints bewertet; die Farbe einer Karte ist ihre mittlere Erfahrung.</translation>
    </message>
    <message>
        <source>Colour of a touchpoint: mean experience</source>
        <translation>Farbe eines Touchpoints: mittlere Erfahrung</translation>
    </message>
    <message>
        <source>Card anatomy</source>
        <translation>Aufbau einer Karte</translation>
    </message>
    <message>
        <source>Rated, direct touchpoint</source>
        <translation>Bewerteter, direkter Touchpoint</translation>
    </message>
    <message>
        <source>Unrated, indirect touchpoint</source>
        <translation>Unbewerteter, indirekter Touchpoint</translation>
    </message>
    <message>
        <source>Note (pain point)</source>
        <translation>Notiz (Schmerzpunkt)</translation>
    </message>
    <message>
        <source>Example: checkout and payment</source>
        <translation>Beispiel: Kasse und Bezahlung</translation>
    </message>
    <message>
        <source>Example: review on a blog</source>
        <translation>Beispiel: Bericht in einem Blog</translation>
    </message>
    <message>
        <source>Example: delivery often late</source>
        <translation>Beispiel: Lieferung oft zu spät</translation>
    </message>
    <message>
        <source>Along the bottom of a touchpoint: its mean experience (−2 to +2), its mean importance as filled squares (1 to 5), #1 its rank among the moments of truth, ≠ when participants disagree, and the number of votes. Under each persona lane, the emotion curve connects the phases; a gap means no rated touchpoint in that phase.</source>
        <translation>Unten auf einem Touchpoint: die mittlere Erfahrung (−2 bis +2), die mittlere Wichtigkeit als gefüllte Quadrate (1 bis 5), #1 der Rang unter den Momenten der Wahrheit, ≠ bei Uneinigkeit der Teilnehmenden und die Zahl der Stimmen. Unter jeder Persona-Bahn verbindet die Emotionskurve die Phasen; eine Lücke bedeutet: kein bewerteter Touchpoint in der Phase.</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Bewertungsregeln</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The picture of this persona could not be read and is left out.</source>
        <translation>Das Bild dieser Persona ist nicht lesbar und wurde weggelassen.</translation>
    </message>
    <message>
        <source>Emotion curve per map</source>
        <translation>Emotionskurve je Karte</translation>
    </message>
    <message>
        <source>{map}: lane {lane}</source>
        <translation>{map}: Bahn {lane}</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Touchpoints with a negative mean experience, ranked within each map by priority = importance × (−experience): fix them from the top.</source>
        <translation>Touchpoints mit negativer mittlerer Erfahrung, je Karte geordnet nach Priorität = Wichtigkeit × (−Erfahrung): von oben nach unten angehen.</translation>
    </message>
    <message>
        <source>No touchpoint has a negative mean experience.</source>
        <translation>Kein Touchpoint hat eine negative mittlere Erfahrung.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Every touchpoint of the exported maps in board order.</source>
        <translation>Alle Touchpoints der exportierten Karten in der Reihenfolge des Boards.</translation>
    </message>
    <message>
        <source>There are no touchpoints.</source>
        <translation>Es gibt keine Touchpoints.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Direct/ indirect</source>
        <translation>Direkt/ indirekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>yes (spread {spread})</source>
        <translation>ja (Streuung {spread})</translation>
    </message>
    <message>
        <source>As-is vs. to-be</source>
        <translation>Ist vs. Soll</translation>
    </message>
    <message>
        <source>As-is vs. to-be: &apos;{old}&apos; → &apos;{new}&apos;</source>
        <translation>Ist vs. Soll: „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>How the to-be map changes the ratings of the as-is map it is based on. Touchpoints are matched by the card they were copied from; Δ is to-be minus as-is, so a positive Δ experience is an improvement (▲) and a negative one a loss (▼).</source>
        <translation>Wie die Soll-Karte die Bewertungen der Ist-Karte verändert, auf der sie beruht. Touchpoints werden über die Karte zugeordnet, aus der sie kopiert wurden; Δ ist Soll minus Ist, ein positives Δ der Erfahrung ist also eine Verbesserung (▲), ein negatives eine Verschlechterung (▼).</translation>
    </message>
    <message>
        <source>{carried} carried over: {better} better, {worse} worse, {unchanged} unchanged, {not_comparable} not comparable; {new} new, {dropped} dropped.</source>
        <translation>{carried} übernommen: {better} besser, {worse} schlechter, {unchanged} unverändert, {not_comparable} nicht vergleichbar; {new} neu, {dropped} entfallen.</translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>Je Phase</translation>
    </message>
    <message>
        <source>Mean over the phase&apos;s rated touchpoints on each map.</source>
        <translation>Mittelwert der bewerteten Touchpoints der Phase auf jeder Karte.</translation>
    </message>
    <message>
        <source>Per touchpoint</source>
        <translation>Je Touchpoint</translation>
    </message>
    <message>
        <source>Moments of truth that moved</source>
        <translation>Momente der Wahrheit, die sich verschoben haben</translation>
    </message>
    <message>
        <source>No moment of truth moved.</source>
        <translation>Kein Moment der Wahrheit hat sich verschoben.</translation>
    </message>
    <message>
        <source>There are no touchpoints to compare.</source>
        <translation>Es gibt keine Touchpoints zum Vergleichen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Exp. as-is</source>
        <translation>Erf. Ist</translation>
    </message>
    <message>
        <source>Exp. to-be</source>
        <translation>Erf. Soll</translation>
    </message>
    <message>
        <source>Δ Exp.</source>
        <translation>Δ Erf.</translation>
    </message>
    <message>
        <source>Imp. as-is</source>
        <translation>Wicht. Ist</translation>
    </message>
    <message>
        <source>Imp. to-be</source>
        <translation>Wicht. Soll</translation>
    </message>
    <message>
        <source>Δ Imp.</source>
        <translation>Δ Wicht.</translation>
    </message>
    <message>
        <source>Rank as-is</source>
        <translation>Rang Ist</translation>
    </message>
    <message>
        <source>Rank to-be</source>
        <translation>Rang Soll</translation>
    </message>
    <message>
        <source>no longer a moment of truth</source>
        <translation>kein Moment der Wahrheit mehr</translation>
    </message>
    <message>
        <source>new moment of truth</source>
        <translation>neuer Moment der Wahrheit</translation>
    </message>
    <message>
        <source>not rated on the to-be map</source>
        <translation>auf der Soll-Karte nicht bewertet</translation>
    </message>
    <message>
        <source>dropped from the to-be map</source>
        <translation>auf der Soll-Karte entfallen</translation>
    </message>
    <message>
        <source>{n} place up|{n} places up</source>
        <translation>{n} Platz höher|{n} Plätze höher</translation>
    </message>
    <message>
        <source>{n} place down|{n} places down</source>
        <translation>{n} Platz tiefer|{n} Plätze tiefer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>What the team will change, open actions first: quick wins (high value, little effort) before big bets. The grid places each action by its expected value and its effort (1–5); its number is the one in the list.</source>
        <translation>Was das Team ändern wird, offene Maßnahmen zuerst: schnelle Erfolge (hoher Nutzen, wenig Aufwand) vor großen Vorhaben. Das Raster zeigt jede Maßnahme nach ihrem erwarteten Nutzen und ihrem Aufwand (1–5); ihre Nummer ist die aus der Liste.</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Fässer ohne Boden</translation>
    </message>
    <message>
        <source>{n} of {total} touchpoint rests on assumptions|{n} of {total} touchpoints rest on assumptions</source>
        <translation>{n} von {total} Touchpoint beruht auf Annahmen|{n} von {total} Touchpoints beruhen auf Annahmen</translation>
    </message>
    <message>
        <source>… [+{n} characters]</source>
        <translation>… [+{n} Zeichen]</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>The figures measured at the touchpoints, one chart per touchpoint and metric: the line shows the values over time, the dashed line the target.</source>
        <translation>Die an den Touchpoints gemessenen Kennzahlen, ein Diagramm je Touchpoint und Kennzahl: die Linie zeigt die Werte im Zeitverlauf, die gestrichelte Linie das Ziel.</translation>
    </message>
    <message>
        <source>latest {value}</source>
        <translation>zuletzt {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>Reveal the room&apos;s ratings</source>
        <translation>Bewertungen des Raums aufdecken</translation>
    </message>
    <message>
        <source>%1&apos;s rating of “%2” from the keyboard replaces the one from the phone.</source>
        <translation>Die Tastatur-Bewertung von %1 für „%2“ ersetzt die vom Smartphone.</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Each participant rates a touchpoint with an experience from -2 (very negative) to +2 (very positive) and an importance from 1 (minor) to 5 (critical).</source>
        <extracomment>Population standard deviation of experience from which ratings are flagged as a disagreement (inclusive). Minimum number of votes for a disagreement to be possible.</extracomment>
        <translation>Jede teilnehmende Person bewertet einen Touchpoint mit einer Erfahrung von −2 (sehr negativ) bis +2 (sehr positiv) und einer Wichtigkeit von 1 (gering) bis 5 (entscheidend).</translation>
    </message>
    <message>
        <source>A touchpoint&apos;s experience and importance are the means of its ratings.</source>
        <translation>Erfahrung und Wichtigkeit eines Touchpoints sind die Mittelwerte seiner Bewertungen.</translation>
    </message>
    <message>
        <source>A touchpoint without ratings is unrated: it is shown grey and hatched, never as 0.</source>
        <translation>Ein Touchpoint ohne Bewertungen ist unbewertet: Er erscheint grau und schraffiert, nie als 0.</translation>
    </message>
    <message>
        <source>Spread is the standard deviation of the experience ratings.</source>
        <translation>Die Streuung ist die Standardabweichung der Erfahrungsbewertungen.</translation>
    </message>
    <message>
        <source>Disagreement is flagged when a touchpoint has at least 2 votes and a spread of 1.0 or more.</source>
        <translation>Uneinigkeit wird markiert, wenn ein Touchpoint mindestens 2 Stimmen und eine Streuung von 1,0 oder mehr hat.</translation>
    </message>
    <message>
        <source>The emotion curve shows, for each phase, the mean experience of the lane&apos;s rated touchpoints, each weighted by its mean importance; phases without rated touchpoints leave a gap.</source>
        <translation>Die Emotionskurve zeigt je Phase die mittlere Erfahrung der bewerteten Touchpoints der Bahn, jeweils gewichtet mit ihrer mittleren Wichtigkeit; Phasen ohne bewertete Touchpoints bleiben eine Lücke.</translation>
    </message>
    <message>
        <source>Moments of truth are the touchpoints with a negative mean experience, ranked by priority = importance x (-experience), highest first; ties go to the higher importance, then to board order.</source>
        <translation>Momente der Wahrheit sind die Touchpoints mit negativer mittlerer Erfahrung, geordnet nach Priorität = Wichtigkeit × (−Erfahrung), höchste zuerst; bei Gleichstand entscheidet die höhere Wichtigkeit, dann die Reihenfolge auf dem Board.</translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <source>Before the reveal</source>
        <translation>Vor dem Aufdecken</translation>
    </message>
    <message>
        <source>Before the merge</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <source>Restore snapshot “%1”</source>
        <translation>Schnappschuss „%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Physical location/store</source>
        <translation>Filiale / Ladengeschäft</translation>
    </message>
    <message>
        <source>Product and packaging</source>
        <translation>Produkt und Verpackung</translation>
    </message>
    <message>
        <source>Reviews and recommendations</source>
        <translation>Bewertungen und Empfehlungen</translation>
    </message>
    <message>
        <source>Community and events</source>
        <translation>Community und Events</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>4-phases</comment>
        <translation>Awareness-Phase</translation>
    </message>
    <message>
        <source>The customer becomes aware of the company, for example through advertising, social media campaigns or friends&apos; recommendations.</source>
        <translation>Der Kunde wird auf das Unternehmen aufmerksam, etwa durch Werbung, Social-Media-Kampagnen oder Empfehlungen von Freunden.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <comment>4-phases</comment>
        <translation>Consideration-Phase</translation>
    </message>
    <message>
        <source>The customer looks more closely at the company and its products, using reviews, test reports and product descriptions.</source>
        <translation>Der Kunde betrachtet das Unternehmen und seine Produkte genauer, etwa anhand von Bewertungen, Testberichten und Produktbeschreibungen.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>4-phases</comment>
        <translation>Conversion-Phase</translation>
    </message>
    <message>
        <source>The customer decides to buy: customer service removes doubts and the purchase process must be simple and smooth.</source>
        <translation>Der Kunde entscheidet sich zum Kauf: Der Kundenservice räumt Zweifel aus, und der Kaufprozess muss einfach und reibungslos sein.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <comment>4-phases</comment>
        <translation>After-Sales</translation>
    </message>
    <message>
        <source>Good after-sales service and the chance to leave a review keep the customer satisfied, recommending and buying again.</source>
        <translation>Ein guter After-Sales-Service und die Möglichkeit zur Bewertung sorgen dafür, dass der Kunde zufrieden ist, weiterempfiehlt und erneut kauft.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>7-phases</comment>
        <translation>Bewusstsein</translation>
    </message>
    <message>
        <source>The customer first learns that the brand or product exists, through advertising, social media or friends&apos; recommendations.</source>
        <translation>Der Kunde wird erstmals auf die Marke oder das Produkt aufmerksam, etwa durch Werbung, soziale Medien oder Empfehlungen.</translation>
    </message>
    <message>
        <source>Interest</source>
        <comment>7-phases</comment>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>The customer researches, compares offers and reads reviews to prepare a decision.</source>
        <translation>Der Kunde recherchiert, vergleicht Angebote und liest Bewertungen, um seine Kaufentscheidung vorzubereiten.</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>7-phases</comment>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The customer weighs the options and chooses what best meets their needs.</source>
        <translation>Der Kunde wägt die Optionen ab und wählt, was seinen Bedürfnissen am besten entspricht.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>7-phases</comment>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>The actual transaction takes place; a seamless purchase process prevents abandonment.</source>
        <translation>Die eigentliche Transaktion findet statt; ein nahtloser Kaufprozess verhindert Abbrüche.</translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <comment>7-phases</comment>
        <translation>Nachkauf</translation>
    </message>
    <message>
        <source>The customer judges the experience and whether they are satisfied; service and support matter most here.</source>
        <translation>Der Kunde bewertet seine Erfahrung und ob er zufrieden ist; Kundenservice und Unterstützung sind hier besonders wichtig.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <comment>7-phases</comment>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Personal communication, exclusive offers and continued contact bring the customer back again and again.</source>
        <translation>Persönliche Kommunikation, exklusive Angebote und kontinuierlicher Kontakt bringen den Kunden immer wieder zurück.</translation>
    </message>
    <message>
        <source>Expansion</source>
        <comment>7-phases</comment>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>The customer buys additional products or services or deepens the relationship with the company.</source>
        <translation>Der Kunde erwirbt zusätzliche Produkte oder Dienstleistungen oder baut seine Beziehung zum Unternehmen aus.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>4 phases (Awareness to After-sales)</source>
        <translation>4 Phasen (Awareness bis After-Sales)</translation>
    </message>
    <message>
        <source>7 phases (Awareness to Expansion)</source>
        <translation>7 Phasen (Bewusstsein bis Erweiterung)</translation>
    </message>
    <message>
        <source>Service blueprint (7 phases, from evidence to support)</source>
        <translation>Service Blueprint (7 Phasen, von Belegen bis Unterstützung)</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Belege</translation>
    </message>
    <message>
        <source>Frontstage: staff in view</source>
        <translation>Frontstage: Personal im Blick des Kunden</translation>
    </message>
    <message>
        <source>Backstage: staff out of view</source>
        <translation>Backstage: Personal außer Sicht</translation>
    </message>
    <message>
        <source>Support processes and systems</source>
        <translation>Unterstützende Prozesse und Systeme</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="obsolete">Der Workshop kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
