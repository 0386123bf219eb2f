import DossierCommands

DossierCommand.main()
