# print(file=None) means stdout; flush takes any value; sep/end combined with file=None.
import io
b = io.BytesIO()
print("a", file=None)
print("y", flush=1)
print("y", flush=None)
print("z", file=None, flush=True, sep="-", end="!\n")
