import SparTerminal
print("spar")
