import DossierCommands

LargeAllocations.mapSeparately()
DossierCommand.main()
