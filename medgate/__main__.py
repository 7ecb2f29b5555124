from medgate.cli import main

raise SystemExit(main())
