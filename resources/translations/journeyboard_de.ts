<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Not possible: %s</source>
        <translation>Nicht möglich: %s</translation>
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
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
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
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon separated, for Excel in German (*.csv)</source>
        <translation>CSV, durch Semikolons getrennt, für deutsches Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the touchpoint table</source>
        <translation>Touchpoint-Tabelle exportieren</translation>
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
        <translation>Mitgelieferte Schrift: DejaVu Sans (freie Lizenz, siehe %1).</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>Bibliotheken und ihre Lizenzen:</translation>
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
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
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
        <source>To-be map</source>
        <translation>Soll-Karte</translation>
    </message>
    <message>
        <source>As-is map</source>
        <translation>Ist-Karte</translation>
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
    <name>EmptyState</name>
    <message>
        <source>No workshop is open</source>
        <translation>Kein Workshop geöffnet</translation>
    </message>
    <message>
        <source>Open a workshop file (File › Open…, Ctrl+O) or create a new one from a template (File › New…, Ctrl+N).
Every change is saved in the file the moment you make it.</source>
        <translation>Öffnen Sie eine Workshop-Datei (Datei › Öffnen…, Strg+O) oder legen Sie eine neue aus einer Vorlage an (Datei › Neu…, Strg+N).
Jede Änderung wird sofort in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>Open a workshop…</source>
        <translation>Workshop öffnen…</translation>
    </message>
    <message>
        <source>New workshop from a template…</source>
        <translation>Neuer Workshop aus einer Vorlage…</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Der Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New to-be map</source>
        <translation>Neue Soll-Karte</translation>
    </message>
    <message>
        <source>Name of the new to-be map:</source>
        <translation>Name der neuen Soll-Karte:</translation>
    </message>
    <message>
        <source>%s (to-be)</source>
        <translation>%s (Soll)</translation>
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
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Map: </source>
        <translation>Karte: </translation>
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
        <source>%s (read-only)</source>
        <translation>%s (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Zoom %d%%</source>
        <translation>Zoom %d %%</translation>
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
        <translation>Den nächsten Touchpoint in Board-Reihenfolge wählen</translation>
    </message>
    <message>
        <source>Select the previous touchpoint in board order</source>
        <translation>Den vorigen Touchpoint in Board-Reihenfolge wählen</translation>
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
        <source>%1&apos;s rating of “%2” cleared.</source>
        <translation>Bewertung von %1 für „%2“ gelöscht.</translation>
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
        <translation>Workshop aus JSON importieren</translation>
    </message>
    <message>
        <source>Journeyboard JSON (*.json);;All files (*)</source>
        <translation>Journeyboard-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was created. Correct the JSON file at the place named and import it again.</source>
        <translation>Es wurde nichts angelegt. Korrigieren Sie die JSON-Datei an der genannten Stelle und importieren Sie sie erneut.</translation>
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
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
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
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
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
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
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
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Title or Name</source>
        <translation>Titel oder Namen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="vanished">&amp;Suchen…</translation>
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
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rating as: </source>
        <translation>Bewertung als: </translation>
    </message>
    <message>
        <source>Open a workshop to use this panel.</source>
        <translation>Öffnen Sie einen Workshop, um diesen Bereich zu nutzen.</translation>
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
</TS>
