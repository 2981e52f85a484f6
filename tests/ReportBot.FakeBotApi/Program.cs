Console.WriteLine("fake bot api");
