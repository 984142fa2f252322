from pactline.cli import main

main()
