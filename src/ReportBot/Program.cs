Console.WriteLine("reportbot");
